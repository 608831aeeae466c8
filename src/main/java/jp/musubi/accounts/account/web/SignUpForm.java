package jp.musubi.accounts.account.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.musubi.platform.text.Furigana;
import jp.musubi.platform.text.JapanesePostalCode;
import jp.musubi.platform.text.PersonName;

/**
 * The sign-up form as typed; the password rules and the match are checked by the
 * controller.
 */
public class SignUpForm implements ProfileFields {

	@NotBlank
	private String kind = "member";

	@NotBlank
	@Size(max = 254)
	@Email(regexp = EmailRules.PATTERN_OR_EMPTY)
	private String email;

	private String password;

	private String passwordConfirmation;

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

	@AssertTrue(message = "{validation.terms}")
	private boolean acceptTerms;

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordConfirmation() {
		return this.passwordConfirmation;
	}

	public void setPasswordConfirmation(String passwordConfirmation) {
		this.passwordConfirmation = passwordConfirmation;
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

	public boolean isAcceptTerms() {
		return this.acceptTerms;
	}

	public void setAcceptTerms(boolean acceptTerms) {
		this.acceptTerms = acceptTerms;
	}

}
