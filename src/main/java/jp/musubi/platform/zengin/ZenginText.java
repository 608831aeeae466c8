package jp.musubi.platform.zengin;

import java.text.Normalizer;
import java.util.Locale;

import jp.musubi.platform.refusal.InputRefused;

/**
 * Names as banks carry them in a transfer: the 全銀 characters, which are the upper-case
 * letters A-Z, the digits, half-width katakana with the separate sound marks ﾞ and ﾟ, the
 * space and {@code ( ) . - /}. A name typed in hiragana, full-width katakana or
 * full-width letters is converted the way banks ask customers to write it: small kana
 * become large ones (キュウ is キユウ, as a bank account's name is registered), lower-case
 * letters upper case, the long vowel mark ー a hyphen. Anything else (a kanji, 「・」, a
 * comma) is refused and named: a character quietly dropped would send the money under a
 * name the receiving bank may not match.
 */
public final class ZenginText {

	private static final String KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン" + "ァィゥェォッャュョヮヵヶヰヱ";

	private static final String HALF_WIDTH = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ" + "ｱｲｳｴｵﾂﾔﾕﾖﾜｶｹｲｴ";

	private static final char VOICED = 'ﾞ';

	private static final char SEMI_VOICED = 'ﾟ';

	private ZenginText() {
	}

	/**
	 * The text in 全銀 characters, trimmed; empty for {@code null}.
	 * @param field the field refused when a character has no 全銀 form
	 * @throws InputRefused naming the first character that has none
	 */
	public static String of(String field, String text) {
		if (text == null) {
			return "";
		}
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		StringBuilder bank = new StringBuilder(normalized.length() + 8);
		for (int i = 0; i < normalized.length(); i += Character.charCount(normalized.codePointAt(i))) {
			int c = normalized.codePointAt(i);
			if (!append(bank, c)) {
				throw new InputRefused(field, "platform.zengin.error.character", new String(Character.toChars(c)),
						String.format(Locale.ROOT, "U+%04X", c));
			}
		}
		return bank.toString();
	}

	/**
	 * The text in 全銀 characters cut to a field's width: banks keep no more of a name than
	 * its field holds. A sound mark is never left without its kana, nor a kana without
	 * its mark at the cut.
	 */
	static String of(String field, String text, int width) {
		String bank = of(field, text);
		if (bank.length() <= width) {
			return bank;
		}
		int cut = width;
		char next = bank.charAt(cut);
		if (next == VOICED || next == SEMI_VOICED) {
			cut--;
		}
		return bank.substring(0, cut).stripTrailing();
	}

	/** Whether every character of the text is a 全銀 character as it is. */
	static boolean isBankText(String text) {
		return text.chars().allMatch(ZenginText::isBankCharacter);
	}

	private static boolean isBankCharacter(int c) {
		return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '(' || c == ')' || c == '.'
				|| c == '-' || c == '/' || HALF_WIDTH.indexOf(c) >= 0 || c == VOICED || c == SEMI_VOICED;
	}

	private static boolean append(StringBuilder bank, int c) {
		if (isBankCharacter(c)) {
			bank.append((char) c);
			return true;
		}
		if (c >= 'a' && c <= 'z') {
			bank.append(Character.toUpperCase((char) c));
			return true;
		}
		if (c == 'ー' || c == '‐' || c == '‑' || c == '‒' || c == '–' || c == '−') {
			bank.append('-');
			return true;
		}
		if (c == '\u3099' || c == '゛') {
			bank.append(VOICED);
			return true;
		}
		if (c == '\u309A' || c == '゜') {
			bank.append(SEMI_VOICED);
			return true;
		}
		int katakana = (c >= 'ぁ' && c <= 'ゖ') ? c + ('ァ' - 'ぁ') : c;
		if (katakana < 'ァ' || katakana > 'ヺ') {
			return false;
		}
		// ガ is カ and the voiced mark, パ is ハ and the semi-voiced mark, ヴ is ウ and the
		// voiced mark.
		String parts = Normalizer.normalize(String.valueOf((char) katakana), Normalizer.Form.NFD);
		int base = KATAKANA.indexOf(parts.charAt(0));
		if (base < 0) {
			return false;
		}
		bank.append(HALF_WIDTH.charAt(base));
		for (int i = 1; i < parts.length(); i++) {
			if (!append(bank, parts.charAt(i))) {
				return false;
			}
		}
		return true;
	}

}
