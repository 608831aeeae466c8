package jp.musubi.platform.payment;

import java.time.LocalDate;
import java.util.UUID;

import jp.musubi.platform.money.Yen;

/**
 * A credit of a bank's notice as the agent's staff see it when it needs them: who paid
 * how much on what day, and, when a code in the payer's name pointed at an expected
 * transfer, that one as the {@code candidate}.
 */
public record TransferCredit(UUID id, LocalDate bookedOn, Yen amount, String payerName, String fromBank,
		String fromBranch, String bankReference, String edi, State state, PaymentReference candidate) {

	/** Where a credit stands. */
	public enum State {

		/** Its code and amount matched an expected transfer. */
		MATCHED,

		/** Its code named an expected transfer whose amount differs. */
		AMOUNT_MISMATCH,

		/**
		 * No code of an open expected transfer in the payer's name, or a reference
		 * already paid.
		 */
		UNMATCHED,

		/** The agent's staff assigned it to a reference. */
		ASSIGNED,

		/** The bank's record cancelling an earlier credit (取消). */
		CANCELLATION;

		public String messageKey() {
			return "platform.payment.transfer.state." + name();
		}

		boolean awaitsStaff() {
			return this == AMOUNT_MISMATCH || this == UNMATCHED || this == CANCELLATION;
		}

	}

}
