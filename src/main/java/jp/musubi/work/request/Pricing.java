package jp.musubi.work.request;

/**
 * How the work is paid: a fixed price for the whole, or an hourly rate for the hours
 * worked.
 */
public enum Pricing {

	FIXED, HOURLY;

	public String messageKey() {
		return "work.request.pricing." + name();
	}

}
