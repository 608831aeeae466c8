package jp.musubi.shop.settlement.web;

import jp.musubi.platform.zengin.AccountType;
import jp.musubi.shop.settlement.PayoutAccount;

/**
 * The account a producer is paid into, as typed; a bean so the page can write it back.
 */
public class PayoutAccountForm {

	private String bankCode;

	private String bankName;

	private String branchCode;

	private String branchName;

	private String type = AccountType.ORDINARY.name();

	private String number;

	private String holder;

	static PayoutAccountForm of(PayoutAccount.Details details) {
		PayoutAccountForm form = new PayoutAccountForm();
		form.bankCode = details.bankCode();
		form.bankName = details.bankName();
		form.branchCode = details.branchCode();
		form.branchName = details.branchName();
		form.type = details.type().name();
		form.number = details.number();
		form.holder = details.holder();
		return form;
	}

	PayoutAccount.Details toDetails() {
		AccountType accountType = null;
		for (AccountType candidate : AccountType.values()) {
			if (candidate.name().equals(this.type)) {
				accountType = candidate;
			}
		}
		return new PayoutAccount.Details(this.bankCode, this.bankName, this.branchCode, this.branchName, accountType,
				this.number, this.holder);
	}

	/** The field of the form a refusal of the account names. */
	static String fieldOf(String refused) {
		return switch (refused) {
			case "accountNumber" -> "number";
			case "accountType" -> "type";
			default -> refused;
		};
	}

	public String getBankCode() {
		return this.bankCode;
	}

	public void setBankCode(String bankCode) {
		this.bankCode = bankCode;
	}

	public String getBankName() {
		return this.bankName;
	}

	public void setBankName(String bankName) {
		this.bankName = bankName;
	}

	public String getBranchCode() {
		return this.branchCode;
	}

	public void setBranchCode(String branchCode) {
		this.branchCode = branchCode;
	}

	public String getBranchName() {
		return this.branchName;
	}

	public void setBranchName(String branchName) {
		this.branchName = branchName;
	}

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getHolder() {
		return this.holder;
	}

	public void setHolder(String holder) {
		this.holder = holder;
	}

}
