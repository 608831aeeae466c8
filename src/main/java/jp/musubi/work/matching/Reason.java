package jp.musubi.work.matching;

import java.util.List;

import jp.musubi.platform.i18n.Language;
import jp.musubi.work.skill.Skill;

/**
 * One reason a match was suggested, as a message key with its arguments. A skill among
 * the arguments is named in the reader's language when the reason is shown.
 */
public record Reason(String messageKey, List<Object> arguments) {

	static Reason of(String messageKey, Object... arguments) {
		return new Reason(messageKey, List.of(arguments));
	}

	public Object[] argsIn(Language language) {
		return this.arguments.stream()
			.map((argument) -> (argument instanceof Skill skill) ? skill.nameIn(language) : argument)
			.toArray();
	}

}
