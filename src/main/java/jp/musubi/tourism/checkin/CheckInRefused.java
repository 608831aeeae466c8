package jp.musubi.tourism.checkin;

/**
 * A check-in the rules do not allow, with nothing recorded. The reason names the message
 * a page or the API shows; its arguments fill it in.
 */
public class CheckInRefused extends RuntimeException {

	private final Reason reason;

	private final transient Object[] arguments;

	CheckInRefused(Reason reason, Object... arguments) {
		super(reason.name());
		this.reason = reason;
		this.arguments = arguments;
	}

	public Reason reason() {
		return this.reason;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	public String messageKey() {
		return "tourism.checkin.refused." + this.reason.name();
	}

	public enum Reason {

		/** No booking with that number or code at this facility; says nothing more. */
		UNKNOWN,
		/** The booking was cancelled. */
		CANCELLED,
		/** The stay has not begun: the argument is the arrival day. */
		BEFORE_ARRIVAL,
		/** The stay is over: the argument is the departure day. */
		AFTER_DEPARTURE,
		/** Already checked in here today: the argument is the time, HH:mm. */
		ALREADY

	}

}
