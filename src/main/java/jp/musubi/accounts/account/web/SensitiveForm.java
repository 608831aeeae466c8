package jp.musubi.accounts.account.web;

import java.util.EnumSet;
import java.util.Set;

import jp.musubi.accounts.account.Account;
import jp.musubi.accounts.account.SensitiveAttribute;

/**
 * The three declarations, each with its own consent box. A declaration without consent is
 * refused, not stored.
 */
public class SensitiveForm {

	private boolean woman;

	private boolean womanConsent;

	private boolean aged60OrOver;

	private boolean aged60OrOverConsent;

	private boolean disability;

	private boolean disabilityConsent;

	static SensitiveForm of(Account account) {
		SensitiveForm form = new SensitiveForm();
		form.woman = form.womanConsent = account.hasDeclared(SensitiveAttribute.WOMAN);
		form.aged60OrOver = form.aged60OrOverConsent = account.hasDeclared(SensitiveAttribute.AGED_60_OR_OVER);
		form.disability = form.disabilityConsent = account.hasDeclared(SensitiveAttribute.DISABILITY);
		return form;
	}

	/** The attributes declared and consented to. */
	Set<SensitiveAttribute> consented() {
		Set<SensitiveAttribute> attributes = EnumSet.noneOf(SensitiveAttribute.class);
		if (this.woman && this.womanConsent) {
			attributes.add(SensitiveAttribute.WOMAN);
		}
		if (this.aged60OrOver && this.aged60OrOverConsent) {
			attributes.add(SensitiveAttribute.AGED_60_OR_OVER);
		}
		if (this.disability && this.disabilityConsent) {
			attributes.add(SensitiveAttribute.DISABILITY);
		}
		return attributes;
	}

	public boolean isWoman() {
		return this.woman;
	}

	public void setWoman(boolean woman) {
		this.woman = woman;
	}

	public boolean isWomanConsent() {
		return this.womanConsent;
	}

	public void setWomanConsent(boolean womanConsent) {
		this.womanConsent = womanConsent;
	}

	public boolean isAged60OrOver() {
		return this.aged60OrOver;
	}

	public void setAged60OrOver(boolean aged60OrOver) {
		this.aged60OrOver = aged60OrOver;
	}

	public boolean isAged60OrOverConsent() {
		return this.aged60OrOverConsent;
	}

	public void setAged60OrOverConsent(boolean aged60OrOverConsent) {
		this.aged60OrOverConsent = aged60OrOverConsent;
	}

	public boolean isDisability() {
		return this.disability;
	}

	public void setDisability(boolean disability) {
		this.disability = disability;
	}

	public boolean isDisabilityConsent() {
		return this.disabilityConsent;
	}

	public void setDisabilityConsent(boolean disabilityConsent) {
		this.disabilityConsent = disabilityConsent;
	}

}
