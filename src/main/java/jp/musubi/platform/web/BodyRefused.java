package jp.musubi.platform.web;

import org.springframework.http.HttpStatus;

/**
 * A request body was refused before it was read: 413 when it is larger than its address
 * takes from this caller, 411 when a multipart body comes without its length (browsers
 * always send it; the container would spool an unbounded stream to disk to find out). The
 * message key and its argument (the limit, as {@code 512KB}) tell the caller why in their
 * language. It is the servlet error's exception ({@code jakarta.servlet.error.exception})
 * when the error page is rendered, and it is thrown out of the body's stream when a body
 * of unknown length grows past its limit while it is read.
 */
public class BodyRefused extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final Object[] arguments;

	BodyRefused(HttpStatus status, String messageKey, Throwable cause, Object... arguments) {
		super(status.value() + " " + messageKey, cause);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public HttpStatus status() {
		return this.status;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
