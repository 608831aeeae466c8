package jp.musubi.tourism.booking;

import java.util.Map;

import jp.musubi.platform.i18n.Language;

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

	/**
	 * A component's name as an argument: the facility's wording in each language it gave,
	 * so that the refusal reads whole in the guest's language, and the Japanese name
	 * where there is none.
	 */
	public record ComponentName(String japanese, Map<Language, String> translations) {

		public ComponentName {
			translations = Map.copyOf(translations);
		}

		public String in(Language language) {
			return this.translations.getOrDefault(language, this.japanese);
		}

		@Override
		public String toString() {
			return this.japanese;
		}

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
