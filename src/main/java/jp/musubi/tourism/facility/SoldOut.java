package jp.musubi.tourism.facility;

import java.time.LocalDate;
import java.util.UUID;

/** There are not enough units left of a capacity on a day; nothing was taken. */
public class SoldOut extends RuntimeException {

	private final UUID capacityId;

	private final LocalDate day;

	SoldOut(UUID capacityId, LocalDate day) {
		super("Capacity " + capacityId + " has not enough left on " + day);
		this.capacityId = capacityId;
		this.day = day;
	}

	public UUID capacityId() {
		return this.capacityId;
	}

	public LocalDate day() {
		return this.day;
	}

}
