package jp.musubi.broadcast.photo;

/**
 * An uploaded file the station does not take as a photo; the message key tells the
 * uploader why, in their language.
 */
public class PhotoRefused extends RuntimeException {

	private final String messageKey;

	PhotoRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	PhotoRefused(String messageKey, Throwable cause) {
		super(messageKey, cause);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
