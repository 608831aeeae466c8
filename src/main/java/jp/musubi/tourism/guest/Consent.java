package jp.musubi.tourism.guest;

/**
 * What a guest may agree to, each on its own (APPI): offers and campaigns by e-mail,
 * health data kept by a clinic, and their data passed to the partner facilities beyond
 * what a booking needs.
 */
public enum Consent {

	MARKETING, HEALTH, SHARING;

	/**
	 * The version of the consents' wording (the bundles' {@code tourism.consent.*}), kept
	 * with each consent given; a new wording gets a new version.
	 */
	public static final String TEXT_VERSION = "2026-11";

	public String messageKey() {
		return "tourism.consent." + name();
	}

}
