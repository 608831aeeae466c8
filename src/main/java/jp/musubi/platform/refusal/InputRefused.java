package jp.musubi.platform.refusal;

/**
 * A rule of the domain refused what a person entered. It names the form field and the
 * message key, so that a page can show the reason next to the field and an API can answer
 * with it; nothing was changed.
 */
public class InputRefused extends RuntimeException {

	private final String field;

	private final String messageKey;

	public InputRefused(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
