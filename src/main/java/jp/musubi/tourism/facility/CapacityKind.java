package jp.musubi.tourism.facility;

/**
 * What a facility offers by the day. A room is taken for a night, so a stay of three
 * nights takes it on the first three days and not on the day of departure.
 */
public enum CapacityKind {

	ROOM_NIGHT, TEE_TIME, LIFT_PASS, THERAPY_SLOT, CHECKUP_SLOT, ADMISSION;

	public String messageKey() {
		return "tourism.capacity." + name();
	}

	/**
	 * Checkup slots carry health data: a booking of one needs the guest's health consent.
	 */
	public boolean isHealth() {
		return this == CHECKUP_SLOT;
	}

}
