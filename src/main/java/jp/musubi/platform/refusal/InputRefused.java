package jp.musubi.platform.refusal;

import java.util.Arrays;

/**
 * A rule of the domain refused what a person entered. It names the form field and the
 * message key, so that a page can show the reason next to the field and an API can answer
 * with it; nothing was changed. Where the reason needs particulars (the line of an
 * uploaded file, the character a bank cannot take), they are the message's arguments.
 */
public class InputRefused extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public InputRefused(String field, String messageKey) {
		this(field, messageKey, new Object[0]);
	}

	public InputRefused(String field, String messageKey, Object... arguments) {
		super(field + ": " + messageKey + ((arguments.length > 0) ? " " + Arrays.toString(arguments) : ""));
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	/** The particulars the message names, in the order of its placeholders. */
	public Object[] arguments() {
		return this.arguments.clone();
	}

}
