package jp.musubi.platform.web;

import java.util.Optional;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The network address of the request this thread is answering, for a record that says
 * where an act came from; empty for a job or a listener, which answer no one. Behind a
 * trusted proxy it is the client's (the forwarded headers are applied before).
 */
public final class RequestAddress {

	private RequestAddress() {
	}

	public static Optional<String> current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return Optional.ofNullable(attributes.getRequest().getRemoteAddr());
		}
		return Optional.empty();
	}

}
