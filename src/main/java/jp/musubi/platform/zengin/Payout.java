package jp.musubi.platform.zengin;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;

/**
 * One payment of a bulk transfer: whom, to which account, how much.
 *
 * @param to the payee's account
 * @param payeeName the name the account is held in, in kana or letters (converted to 全銀
 * characters when written; refused if it cannot be)
 * @param amount more than zero, at most ten digits of yen as the field holds
 * @param newPayee whether the payee is new or changed
 * @param customerCode the payer's own number for the payee (顧客コード), up to 10 digits,
 * shown to the payer in the bank's results; empty for none
 */
public record Payout(BankAccount to, String payeeName, Yen amount, NewPayee newPayee, String customerCode) {

	/** The largest amount the 10-digit 振込金額 holds. */
	static final long MOST = 9_999_999_999L;

	public Payout {
		if (to == null) {
			throw new InputRefused("account", "platform.zengin.error.account");
		}
		if (amount == null || amount.amount() <= 0 || amount.amount() > MOST) {
			throw new InputRefused("amount", "platform.zengin.error.amount");
		}
		newPayee = (newPayee != null) ? newPayee : NewPayee.KNOWN;
		customerCode = (customerCode != null) ? customerCode.strip() : "";
		if (customerCode.length() > 10 || !customerCode.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw new InputRefused("customerCode", "platform.zengin.error.digits", "10");
		}
		// Refused now, at the payout, not when the file is written for a month of them.
		ZenginText.of("payeeName", payeeName);
		if (payeeName.isBlank()) {
			throw new InputRefused("payeeName", "platform.zengin.error.payeeName");
		}
	}

}
