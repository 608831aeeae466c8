package jp.musubi.shop.season;

import java.util.UUID;

/** A product a member waited for can be ordered again: they are mailed once. */
public record SeasonOpened(UUID eventId, UUID watchId) {
}
