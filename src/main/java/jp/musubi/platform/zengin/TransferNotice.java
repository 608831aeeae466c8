package jp.musubi.platform.zengin;

import java.time.LocalDate;
import java.util.List;

/**
 * A bank's notice of the transfers one account received over some banking days (振込入金通知),
 * checked against its trailer's count and total.
 *
 * @param createdOn 作成日, when the bank made the file
 * @param bookedFrom 勘定日（自）, the first banking day it covers
 * @param bookedTo 勘定日（至）, the last; the same day for a daily notice
 * @param account the account that received the transfers
 * @param accountName 口座名, the account's name in full-width katakana
 * @param transfers the transfers in the bank's order
 */
public record TransferNotice(LocalDate createdOn, LocalDate bookedFrom, LocalDate bookedTo, BankAccount account,
		String accountName, List<IncomingTransfer> transfers) {

	public TransferNotice {
		transfers = List.copyOf(transfers);
	}

}
