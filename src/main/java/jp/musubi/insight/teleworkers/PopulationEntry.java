package jp.musubi.insight.teleworkers;

import java.time.Instant;

/**
 * An entry of the employed population as the page shows it; {@code enteredBy} is the
 * display name of whoever entered it, or null when that account no longer exists.
 */
public record PopulationEntry(int employed, String source, String enteredBy, Instant enteredAt) {

}
