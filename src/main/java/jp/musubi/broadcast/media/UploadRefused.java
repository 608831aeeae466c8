package jp.musubi.broadcast.media;

/**
 * An upload was not taken, with the message key saying why in the uploader's words and
 * the arguments it names (the limit broken). Nothing of it stays behind. Most refusals
 * are the file's; {@link #retryLater()} says the server was too busy to look at it.
 */
public class UploadRefused extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	private final boolean retryLater;

	public UploadRefused(String messageKey, Object... arguments) {
		this(messageKey, false, arguments);
	}

	private UploadRefused(String messageKey, boolean retryLater, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
		this.retryLater = retryLater;
	}

	/** The server could not look at the file now; the same file may be taken later. */
	static UploadRefused busy(String messageKey) {
		return new UploadRefused(messageKey, true, new Object[0]);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	public boolean retryLater() {
		return this.retryLater;
	}

}
