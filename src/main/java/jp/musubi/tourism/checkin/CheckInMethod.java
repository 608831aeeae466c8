package jp.musubi.tourism.checkin;

/**
 * How a check-in was made: the guest's QR code read by staff, the booking number typed at
 * the desk, or the facility's own system through the API.
 */
public enum CheckInMethod {

	QR, NUMBER, API;

	public String messageKey() {
		return "tourism.checkin.method." + name();
	}

}
