package jp.musubi.accounts.account;

/**
 * Attributes a member may declare so that the agent can count teleworkers by the seed's
 * groups (women, people aged 60 or over, disabled people). Disability is sensitive
 * personal information under APPI (要配慮個人情報); the other two are handled the same way: kept
 * only with the member's explicit consent, never shown to other users, and deleted when
 * consent is withdrawn.
 */
public enum SensitiveAttribute {

	WOMAN, AGED_60_OR_OVER, DISABILITY;

	/**
	 * The version of the consent text the member agreed to; change it when the text
	 * changes.
	 */
	public static final String CONSENT_VERSION = "2026-11";

	public String messageKey() {
		return "accounts.sensitive." + name();
	}

}
