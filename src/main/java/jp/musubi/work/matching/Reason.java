package jp.musubi.work.matching;

import java.util.List;

/** One reason a match was suggested, as a message key with its arguments. */
public record Reason(String messageKey, List<Object> arguments) {

	static Reason of(String messageKey, Object... arguments) {
		return new Reason(messageKey, List.of(arguments));
	}

	public Object[] args() {
		return this.arguments.toArray();
	}

}
