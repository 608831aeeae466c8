package jp.musubi.tourism.facility;

import java.time.LocalDate;
import java.util.UUID;

/** Units of one capacity on one day, as a booking takes them. */
public record Hold(UUID capacityId, LocalDate day, int units) {

	public Hold {
		if (units <= 0) {
			throw new IllegalArgumentException("A hold takes at least one unit: " + units);
		}
	}

}
