package jp.musubi.tourism.guest;

/**
 * What a guest may agree to, each on its own (APPI): offers and campaigns by e-mail,
 * health data kept by a clinic, and their data passed to the partner facilities beyond
 * what a booking needs.
 */
public enum Consent {

	MARKETING, HEALTH, SHARING;

	public String messageKey() {
		return "tourism.consent." + name();
	}

}
