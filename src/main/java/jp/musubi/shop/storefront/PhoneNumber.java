package jp.musubi.shop.storefront;

import java.util.regex.Pattern;

import jp.musubi.platform.text.JapaneseText;

/**
 * A Japanese telephone number as a seller prints it for buyers to call: a domestic number
 * starting with 0, hyphens, spaces and brackets as the seller likes them. A fixed line, a
 * free dial (0120) and the navi dial (0570) have ten digits; mobile (070, 080, 090), IP
 * (050) and 0800 numbers have eleven. A number with the country code, or with too few or
 * too many digits, cannot be called as printed from a buyer's phone in Japan.
 */
public final class PhoneNumber {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()\\u2010-\\u2015\\u2212\\u30FC\\uFF70]");

	private static final Pattern SHAPE = Pattern.compile("[0-9\\s\\-()\\u2010-\\u2015\\u2212\\u30FC\\uFF70]+");

	private static final Pattern TEN_DIGITS = Pattern.compile("0[1-9]\\d{8}");

	private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?:0[5-9]0\\d{8}|0800\\d{7}|020\\d{8})");

	/** Ten-digit numbers never start 0X0 for these X: those prefixes have eleven. */
	private static final Pattern TEN_DIGITS_EXCLUDED = Pattern.compile("0[25-9]0\\d{7}");

	private PhoneNumber() {
	}

	/** Whether the text, once normalised (full-width digits too), is such a number. */
	public static boolean isJapanese(String text) {
		String normalized = JapaneseText.normalizeToNull(text);
		if (normalized == null || !SHAPE.matcher(normalized).matches()) {
			return false;
		}
		String digits = SEPARATORS.matcher(normalized).replaceAll("");
		if (digits.length() == 10) {
			return TEN_DIGITS.matcher(digits).matches() && !TEN_DIGITS_EXCLUDED.matcher(digits).matches();
		}
		return digits.length() == 11 && ELEVEN_DIGITS.matcher(digits).matches();
	}

}
