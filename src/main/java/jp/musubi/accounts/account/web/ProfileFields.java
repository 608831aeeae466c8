package jp.musubi.accounts.account.web;

import java.util.Optional;

import jp.musubi.accounts.account.PersonProfile;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.PostalCode;
import jp.musubi.platform.text.Prefecture;

/**
 * The profile fields that the sign-up and profile forms share, and how they become a
 * profile (which keeps names NFKC-normalised and readings in hiragana), the postal code
 * written {@code 123-4567}.
 */
interface ProfileFields {

	String getFamilyName();

	String getGivenName();

	String getFamilyNameKana();

	String getGivenNameKana();

	String getPrefecture();

	String getPostalCode();

	/** Whether the prefecture field holds a code that is not one of the 47. */
	default boolean hasUnknownPrefecture() {
		String code = JapaneseText.normalizeToNull(getPrefecture());
		return code != null && Prefecture.ofCode(code).isEmpty();
	}

	default PersonProfile toProfile(Language language) {
		return new PersonProfile(getFamilyName(), getGivenName(), getFamilyNameKana(), getGivenNameKana(),
				Optional.ofNullable(JapaneseText.normalizeToNull(getPrefecture()))
					.flatMap(Prefecture::ofCode)
					.orElse(null),
				PostalCode.parse(getPostalCode()).orElse(null), language);
	}

}
