package jp.musubi.accounts.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.PostalCode;
import jp.musubi.platform.text.Prefecture;

/**
 * A person's profile the Japanese way: family name first, the reading in kana, prefecture
 * and postal code, and the language they want to be written to in. Names are kept
 * NFKC-normalised and readings in hiragana, however they were typed, so that they compare
 * and sort one way.
 */
@Embeddable
public class PersonProfile {

	@Column(name = "family_name")
	private String familyName;

	@Column(name = "given_name")
	private String givenName;

	@Column(name = "family_name_kana")
	private String familyNameKana;

	@Column(name = "given_name_kana")
	private String givenNameKana;

	@Column(name = "prefecture")
	private String prefecture;

	@Column(name = "postal_code")
	private String postalCode;

	@Column(name = "preferred_language")
	private String preferredLanguage;

	protected PersonProfile() {
	}

	public PersonProfile(String familyName, String givenName, String familyNameKana, String givenNameKana,
			Prefecture prefecture, PostalCode postalCode, Language preferredLanguage) {
		this.familyName = JapaneseText.normalize(familyName);
		this.givenName = JapaneseText.normalize(givenName);
		this.familyNameKana = JapaneseText.furigana(familyNameKana);
		this.givenNameKana = JapaneseText.furigana(givenNameKana);
		this.prefecture = (prefecture != null) ? prefecture.code() : null;
		this.postalCode = (postalCode != null) ? postalCode.value() : null;
		this.preferredLanguage = preferredLanguage.tag();
	}

	static PersonProfile erased() {
		PersonProfile profile = new PersonProfile();
		profile.familyName = "";
		profile.givenName = "";
		profile.preferredLanguage = Language.DEFAULT.tag();
		return profile;
	}

	public String familyName() {
		return this.familyName;
	}

	public String givenName() {
		return this.givenName;
	}

	public String familyNameKana() {
		return this.familyNameKana;
	}

	public String givenNameKana() {
		return this.givenNameKana;
	}

	public Prefecture prefecture() {
		return Prefecture.ofCode(this.prefecture).orElse(null);
	}

	public PostalCode postalCode() {
		return (this.postalCode != null) ? new PostalCode(this.postalCode) : null;
	}

	public Language preferredLanguage() {
		return Language.fromTag(this.preferredLanguage).orElse(Language.DEFAULT);
	}

	/**
	 * The name as the person would be addressed: family name first for Japanese, given
	 * name first in the other languages' convention.
	 */
	public String displayName() {
		if (preferredLanguage() == Language.JA || preferredLanguage() == Language.ZH_CN
				|| preferredLanguage() == Language.KO) {
			return (this.familyName + " " + this.givenName).strip();
		}
		return (this.givenName + " " + this.familyName).strip();
	}

}
