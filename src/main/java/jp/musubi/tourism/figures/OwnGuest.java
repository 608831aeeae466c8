package jp.musubi.tourism.figures;

import java.time.LocalDate;
import java.util.UUID;

import jp.musubi.tourism.guest.TargetArea;

/**
 * A guest who checked in at the facility, as its staff see them: the name is {@code null}
 * when the person's account is gone.
 */
public record OwnGuest(UUID guestId, String displayName, TargetArea area, int visits, LocalDate lastVisit) {

}
