package jp.musubi.tourism.booking;

/**
 * A booking, change or cancellation that cannot be made, with nothing taken or changed.
 * The reason's message key takes the arguments given, if any.
 */
public class BookingRefused extends RuntimeException {

	private final Reason reason;

	private final Object[] arguments;

	BookingRefused(Reason reason, Object... arguments) {
		super("Booking refused: " + reason);
		this.reason = reason;
		this.arguments = arguments;
	}

	public Reason reason() {
		return this.reason;
	}

	public String messageKey() {
		return this.reason.messageKey();
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	/** Why; each reason has a message telling the guest what to do instead. */
	public enum Reason {

		/** The programme is unknown or not offered to guests. */
		NOT_OFFERED,
		/** The stay would start today or earlier: bookings are for tomorrow on. */
		IN_THE_PAST,
		/** The arrival falls outside the programme's season ({0} to {1}). */
		OUT_OF_SEASON,
		/** The party is smaller or larger than the programme allows ({0} to {1}). */
		PARTY_SIZE,
		/** Not enough left of a component ({0}) on a day ({1}). */
		SOLD_OUT,
		/**
		 * The free change period ended on {0}; only cancelling, with its fee, is left.
		 */
		TOO_LATE_TO_CHANGE,
		/** The stay has begun or is over. */
		STAY_BEGUN,
		/** The booking is cancelled already. */
		CANCELLED,
		/** The campaign code is longer ({0} characters at most) than any code can be. */
		CODE_TOO_LONG;

		public String messageKey() {
			return "tourism.booking.refused." + name();
		}

	}

}
