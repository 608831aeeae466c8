package jp.musubi.broadcast.media;

/**
 * An upload was not taken, with the message key saying why in the uploader's words.
 * Nothing of it stays behind.
 */
public class UploadRefused extends RuntimeException {

	private final String messageKey;

	public UploadRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
