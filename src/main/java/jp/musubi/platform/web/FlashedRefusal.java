package jp.musubi.platform.web;

import java.io.Serializable;
import java.util.Arrays;

import jp.musubi.platform.refusal.InputRefused;

/**
 * A refusal carried across a redirect, to be said on the page the person lands on. A
 * flash attribute waits in the session between the two requests, and the session is
 * serialised: an {@link InputRefused} would lose its arguments there (they are
 * transient), and the page would fail to render. The arguments are kept as text.
 *
 * @param field the field refused
 * @param messageKey the refusal's message
 * @param arguments its arguments, as text
 */
public record FlashedRefusal(String field, String messageKey, Object[] arguments) implements Serializable {

	public static FlashedRefusal of(InputRefused refused) {
		return new FlashedRefusal(refused.field(), refused.messageKey(),
				Arrays.stream(refused.arguments()).map(String::valueOf).toArray(Object[]::new));
	}

}
