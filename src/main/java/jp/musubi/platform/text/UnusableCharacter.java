package jp.musubi.platform.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jp.musubi.platform.refusal.InputRefused;

/**
 * A character that text cannot hold because no page can show it honestly. Markup is not
 * one of them: pages, mails and files escape what they show, so {@code <}, {@code >} and
 * {@code javascript:} are text like any other. What is refused cannot be escaped into
 * something a reader sees as it is: control characters other than the line break and the
 * tab, a half of a surrogate pair (a database stores it as {@code ?}), the bidirectional
 * embeddings, overrides and isolates that make a name or a file name read backwards
 * ("invoice" U+202E "fdp.exe" shows as "invoiceexe.pdf"), invisible characters that make
 * two equal-looking texts differ, and code points no font draws for everyone (private
 * use) or that are not characters at all.
 * <p>
 * The zero width joiner and non-joiner, the variation selectors (葛 with U+E0100 in a
 * name), the emoji tag characters and the left-to-right and right-to-left marks are kept:
 * text in some languages and many emoji need them, and they cannot reorder what is shown.
 */
public record UnusableCharacter(int codePoint, String kind) {

	/** Characters refused and named one by one, each with its own message. */
	private static final Set<Integer> NAMED = Set.of(0x200B, 0x2028, 0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
			0x2060, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF);

	/**
	 * The first character of the text that cannot be used, if any; {@code null} holds
	 * none.
	 */
	public static Optional<UnusableCharacter> firstIn(CharSequence text) {
		if (text == null) {
			return Optional.empty();
		}
		for (int i = 0; i < text.length(); i += charCount(text, i)) {
			UnusableCharacter found = at(text, i);
			if (found != null) {
				return Optional.of(found);
			}
		}
		return Optional.empty();
	}

	/**
	 * The text with each character that cannot be used put as {@code replacement}: for
	 * names that are kept whatever they hold, such as the name of an uploaded file.
	 */
	public static String replaceIn(CharSequence text, String replacement) {
		StringBuilder replaced = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i += charCount(text, i)) {
			if (at(text, i) != null) {
				replaced.append(replacement);
			}
			else {
				replaced.append(text, i, i + charCount(text, i));
			}
		}
		return replaced.toString();
	}

	/**
	 * Refuses the text for the field when it holds a character that cannot be used,
	 * naming the character in the message.
	 * @throws InputRefused with the message key of the character
	 */
	public static void refuseIn(String field, CharSequence text) {
		Optional<UnusableCharacter> unusable = firstIn(text);
		if (unusable.isPresent()) {
			throw new InputRefused(field, unusable.get().messageKey());
		}
	}

	/** The code point as Unicode writes it, {@code U+202E}. */
	public String code() {
		return String.format(Locale.ROOT, "U+%04X", this.codePoint);
	}

	/**
	 * The message that names the character, from {@code validation.character.*}: one per
	 * named character, one per kind for the others. It takes no arguments, so that every
	 * way a refusal reaches a person (a form, a page, an API problem) can show it as it
	 * is.
	 */
	public String messageKey() {
		return "validation.character." + this.kind;
	}

	/** The character at the index, when it cannot be used. */
	private static UnusableCharacter at(CharSequence text, int index) {
		char c = text.charAt(index);
		if (Character.isSurrogate(c) && charCount(text, index) == 1) {
			return new UnusableCharacter(c, "surrogate");
		}
		int codePoint = Character.codePointAt(text, index);
		String kind = kindOf(codePoint);
		return (kind != null) ? new UnusableCharacter(codePoint, kind) : null;
	}

	/** Two for a whole surrogate pair, one otherwise (a lone half included). */
	private static int charCount(CharSequence text, int index) {
		return (Character.isHighSurrogate(text.charAt(index)) && index + 1 < text.length()
				&& Character.isLowSurrogate(text.charAt(index + 1))) ? 2 : 1;
	}

	private static String kindOf(int codePoint) {
		if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
			// Browsers send a text area's line breaks as CR LF.
			return null;
		}
		if (NAMED.contains(codePoint)) {
			return String.format(Locale.ROOT, "%04X", codePoint);
		}
		if (Character.getType(codePoint) == Character.CONTROL) {
			return "control";
		}
		if (isInvisible(codePoint)) {
			return "invisible";
		}
		if (Character.getType(codePoint) == Character.PRIVATE_USE) {
			return "privateUse";
		}
		if ((codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE) {
			return "noncharacter";
		}
		return null;
	}

	/**
	 * Format characters that show nothing and join or split nothing a language needs, and
	 * the Hangul fillers, letters that show as blank (a name of fillers looks empty).
	 */
	private static boolean isInvisible(int codePoint) {
		return (codePoint >= 0x2061 && codePoint <= 0x2064) || (codePoint >= 0x206A && codePoint <= 0x206F)
				|| (codePoint >= 0xFFF9 && codePoint <= 0xFFFB) || codePoint == 0x180E || codePoint == 0x115F
				|| codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0;
	}

}
