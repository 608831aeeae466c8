package jp.musubi.broadcast.video;

/**
 * The station cannot show this upload as a video; the message key tells the uploader why
 * in their language, the message and cause keep ffmpeg's words for whoever reads the
 * logs.
 */
public class VideoRefused extends RuntimeException {

	private final String messageKey;

	VideoRefused(String messageKey, String detail) {
		super(messageKey + ": " + detail);
		this.messageKey = messageKey;
	}

	VideoRefused(String messageKey, String detail, Throwable cause) {
		super(messageKey + ": " + detail, cause);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
