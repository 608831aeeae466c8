package jp.musubi.platform.payment;

import java.time.LocalDate;

import jp.musubi.platform.money.Yen;

/**
 * A bank transfer a caller waits for: the amount for a reference, the code the payer
 * writes before their name (振込依頼人名, e.g. 「1234567 ヤマダハナコ」) and the day it is due.
 *
 * @param received whether the money was matched or assigned to it
 */
public record ExpectedTransfer(PaymentReference reference, Yen amount, String payerCode, LocalDate due,
		boolean received) {

}
