package jp.musubi.broadcast.video;

/**
 * The station cannot show this upload as a video; the message key tells the uploader why
 * in their language, with the limit it broke when there is one; the message and cause
 * keep ffmpeg's words for whoever reads the logs.
 */
public class VideoRefused extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	VideoRefused(String messageKey, String detail, Object... arguments) {
		super(messageKey + ": " + detail);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	VideoRefused(String messageKey, String detail, Throwable cause) {
		super(messageKey + ": " + detail, cause);
		this.messageKey = messageKey;
		this.arguments = new Object[0];
	}

	public String messageKey() {
		return this.messageKey;
	}

	/** What the message names: the limit that was broken, and the video's own figure. */
	public Object[] arguments() {
		return this.arguments.clone();
	}

}
