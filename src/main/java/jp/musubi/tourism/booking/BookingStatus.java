package jp.musubi.tourism.booking;

public enum BookingStatus {

	CONFIRMED, CANCELLED;

	public String messageKey() {
		return "tourism.booking.status." + name();
	}

}
