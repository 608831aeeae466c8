package jp.musubi.platform.zengin;

import java.time.LocalDate;
import java.util.List;

import jp.musubi.platform.refusal.InputRefused;

/**
 * A bulk transfer (総合振込): one account holder asks its bank to pay several people on one
 * day, each to their own account; Musubi's agent pays the producers their monthly
 * settlement this way.
 *
 * @param requesterCode 振込依頼人コード, the code the bank gave the account holder for this
 * service, up to 10 digits
 * @param requesterName 振込依頼人名, the name the payees' statements show, in kana or letters
 * @param transferDate 取組日, the banking day the money moves
 * @param from the account the money is paid from
 * @param payouts the payments, at least one
 */
public record BulkTransfer(String requesterCode, String requesterName, LocalDate transferDate, BankAccount from,
		List<Payout> payouts) {

	public BulkTransfer {
		if (requesterCode == null || requesterCode.isEmpty() || requesterCode.length() > 10
				|| !requesterCode.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw new InputRefused("requesterCode", "platform.zengin.error.digits", "10");
		}
		ZenginText.of("requesterName", requesterName);
		if (transferDate == null) {
			throw new InputRefused("transferDate", "platform.zengin.error.transferDate");
		}
		if (from == null) {
			throw new InputRefused("account", "platform.zengin.error.account");
		}
		if (payouts == null || payouts.isEmpty()) {
			throw new InputRefused("payouts", "platform.zengin.error.noPayouts");
		}
		payouts = List.copyOf(payouts);
	}

}
