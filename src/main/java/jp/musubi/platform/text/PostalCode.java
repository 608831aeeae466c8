package jp.musubi.platform.text;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Japanese postal code, seven digits written {@code 123-4567}. People type it with or
 * without the hyphen, with full-width digits, with the postal mark 〒 or with a long-vowel
 * mark where the hyphen goes; all of those are accepted and written back the one way.
 */
public record PostalCode(String value) {

	private static final Pattern DIGITS = Pattern.compile("(\\d{3})-?(\\d{4})");

	private static final Pattern HYPHENS = Pattern.compile("[\\u2010-\\u2015\\u2212\\u30FC\\uFF70]");

	public PostalCode {
		if (value == null || !value.matches("\\d{3}-\\d{4}")) {
			throw new IllegalArgumentException("Not a postal code: " + value);
		}
	}

	/** The normalised postal code, or empty when the text is not seven digits. */
	public static Optional<PostalCode> parse(String text) {
		String normalized = JapaneseText.normalize(text);
		if (normalized == null) {
			return Optional.empty();
		}
		normalized = HYPHENS.matcher(normalized.replace("〒", "").strip()).replaceAll("-");
		var matcher = DIGITS.matcher(normalized);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(new PostalCode(matcher.group(1) + "-" + matcher.group(2)));
	}

	@Override
	public String toString() {
		return this.value;
	}

}
