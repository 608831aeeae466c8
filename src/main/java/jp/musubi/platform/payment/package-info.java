/**
 * Taking money for what another module sells or holds, without knowing what it is: a
 * caller names the thing by a {@link jp.musubi.platform.payment.PaymentReference} and
 * hears of the outcome by the events {@link jp.musubi.platform.payment.PaymentReceived}
 * and {@link jp.musubi.platform.payment.PaymentFailed}. Cards go through a payment
 * provider's hosted checkout ({@link jp.musubi.platform.payment.Payments}), whose signed
 * webhooks are applied once each; bank transfers (振込) are matched from the bank's 振込入金通知
 * ({@link jp.musubi.platform.payment.BankTransfers}). The shop and the work exchange's
 * pre-paid milestones share this one implementation (issues 13 and 19).
 */
@org.springframework.modulith.NamedInterface("payment")
package jp.musubi.platform.payment;
