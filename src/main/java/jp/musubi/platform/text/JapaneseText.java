package jp.musubi.platform.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text as Japanese users type it: full-width digits and letters, half-width katakana,
 * ideographic spaces. Everything is compared and stored after NFKC normalisation so that
 * 「１２３」 and "123", 「ｶﾀｶﾅ」 and 「カタカナ」 are the same thing.
 */
public final class JapaneseText {

	private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\u3000]+");

	private JapaneseText() {
	}

	/**
	 * NFKC-normalised and trimmed (including the ideographic space); {@code null} stays
	 * {@code null}.
	 */
	public static String normalize(String text) {
		if (text == null) {
			return null;
		}
		return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
	}

	/**
	 * Prose as its writer typed it, only trimmed and with runs of white space made one: a
	 * title keeps its 「（）」 and full-width punctuation, which NFKC would turn into ASCII.
	 * Search folds the variants itself.
	 */
	public static String tidy(String text) {
		if (text == null) {
			return null;
		}
		return WHITE_SPACE.matcher(text.strip()).replaceAll(" ");
	}

	/** Normalised, or {@code null} when nothing but white space is left. */
	public static String normalizeToNull(String text) {
		String normalized = normalize(text);
		return (normalized == null || normalized.isEmpty()) ? null : normalized;
	}

	/**
	 * The reading of a name the one way Musubi keeps it: in hiragana, as the forms ask
	 * for it (「ふりがな」), whether it was typed in hiragana, katakana or half-width katakana,
	 * with one space between words; {@code null} when nothing is left. The few katakana
	 * that hiragana has no letter for (ヷ, ヸ, ヹ, ヺ) stay as they are.
	 */
	public static String furigana(String text) {
		String normalized = normalizeToNull(text);
		if (normalized == null) {
			return null;
		}
		StringBuilder hiragana = new StringBuilder(normalized.length());
		for (char c : WHITE_SPACE.matcher(normalized).replaceAll(" ").toCharArray()) {
			boolean convertible = (c >= 'ァ' && c <= 'ヶ') || c == 'ヽ' || c == 'ヾ';
			hiragana.append(convertible ? (char) (c - ('ァ' - 'ぁ')) : c);
		}
		return hiragana.toString();
	}

}
