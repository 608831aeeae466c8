package jp.musubi.platform.zengin;

import java.time.LocalDate;

import jp.musubi.platform.money.Yen;

/**
 * One transfer a bank reports as received (a data record of a 振込入金通知).
 *
 * @param reference the bank's 照会番号 for asking about the transfer, empty when not given
 * @param bookedOn 勘定日, the day the bank booked the money to the account
 * @param valueDate 起算日, the day interest counts from; the booking day but for a transfer
 * booked late
 * @param amount the amount received
 * @param payerCode 振込依頼人コード, the code the payer's bank gave the payer; empty when none
 * @param payerName 振込依頼人名 in full-width katakana (NFKC of the bank's half-width kana), so
 * that it compares with names Musubi keeps after NFKC
 * @param fromBank 仕向銀行名, the payer's bank, normalised the same way
 * @param fromBranch 仕向支店名, the payer's branch
 * @param cancelled 取消区分 1: this record cancels a transfer notified before
 * @param edi EDI情報 the payer sent along (an invoice number, say), empty when none
 * @param line the line of the file, for a person who checks it against the bank's
 */
public record IncomingTransfer(String reference, LocalDate bookedOn, LocalDate valueDate, Yen amount, String payerCode,
		String payerName, String fromBank, String fromBranch, boolean cancelled, String edi, int line) {

}
