package jp.musubi.accounts.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.musubi.accounts.account.PersonProfile;
import jp.musubi.platform.text.Furigana;
import jp.musubi.platform.text.JapanesePostalCode;
import jp.musubi.platform.text.PersonName;

/** The profile form. */
public class ProfileForm implements ProfileFields {

	@NotBlank
	@Size(max = 50)
	@PersonName
	private String familyName;

	@NotBlank
	@Size(max = 50)
	@PersonName
	private String givenName;

	@Size(max = 50)
	@Furigana
	private String familyNameKana;

	@Size(max = 50)
	@Furigana
	private String givenNameKana;

	private String prefecture;

	@Size(max = 20)
	@JapanesePostalCode
	private String postalCode;

	@NotBlank
	private String preferredLanguage;

	static ProfileForm of(PersonProfile profile) {
		ProfileForm form = new ProfileForm();
		form.familyName = profile.familyName();
		form.givenName = profile.givenName();
		form.familyNameKana = profile.familyNameKana();
		form.givenNameKana = profile.givenNameKana();
		form.prefecture = (profile.prefecture() != null) ? profile.prefecture().code() : "";
		form.postalCode = (profile.postalCode() != null) ? profile.postalCode().value() : "";
		form.preferredLanguage = profile.preferredLanguage().tag();
		return form;
	}

	@Override
	public String getFamilyName() {
		return this.familyName;
	}

	public void setFamilyName(String familyName) {
		this.familyName = familyName;
	}

	@Override
	public String getGivenName() {
		return this.givenName;
	}

	public void setGivenName(String givenName) {
		this.givenName = givenName;
	}

	@Override
	public String getFamilyNameKana() {
		return this.familyNameKana;
	}

	public void setFamilyNameKana(String familyNameKana) {
		this.familyNameKana = familyNameKana;
	}

	@Override
	public String getGivenNameKana() {
		return this.givenNameKana;
	}

	public void setGivenNameKana(String givenNameKana) {
		this.givenNameKana = givenNameKana;
	}

	@Override
	public String getPrefecture() {
		return this.prefecture;
	}

	public void setPrefecture(String prefecture) {
		this.prefecture = prefecture;
	}

	@Override
	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getPreferredLanguage() {
		return this.preferredLanguage;
	}

	public void setPreferredLanguage(String preferredLanguage) {
		this.preferredLanguage = preferredLanguage;
	}

}
