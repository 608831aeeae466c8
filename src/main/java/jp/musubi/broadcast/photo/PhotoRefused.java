package jp.musubi.broadcast.photo;

/**
 * An uploaded file the station does not take as a photo; the message key tells the
 * uploader why, in their language, with the limit it broke when there is one.
 */
public class PhotoRefused extends RuntimeException {

	static final String BUSY = "broadcast.photo.error.busy";

	private final String messageKey;

	private final Object[] arguments;

	PhotoRefused(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	PhotoRefused(String messageKey, Throwable cause) {
		super(messageKey, cause);
		this.messageKey = messageKey;
		this.arguments = new Object[0];
	}

	/**
	 * Whether the file was not looked at because too many photos were being developed.
	 */
	public boolean busy() {
		return BUSY.equals(this.messageKey);
	}

	public String messageKey() {
		return this.messageKey;
	}

	/** What the message names: the limit that was broken. */
	public Object[] arguments() {
		return this.arguments.clone();
	}

}
