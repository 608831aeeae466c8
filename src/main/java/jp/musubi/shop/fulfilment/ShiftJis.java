package jp.musubi.shop.fulfilment;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Text in the Shift_JIS that Japanese Windows writes (Windows-31J, also called MS932 or
 * CP932), the encoding B2クラウド reads and writes. Plain Shift_JIS (JIS X 0208) lacks the
 * characters Windows added (①, ㈱, 髙, 﨑) that names and addresses hold, and Java's
 * {@code Shift_JIS} maps a few signs to other code points than Windows does, so files
 * from Excel and from B2 would not round-trip through it.
 */
final class ShiftJis {

	static final Charset CHARSET = Charset.forName("Windows-31J");

	/**
	 * Characters that are the same character in Shift_JIS, mapped by JIS to one code
	 * point and by Windows to another: 〜 typed on a Mac is U+301C, Windows-31J has only
	 * U+FF5E. Writing them the Windows way changes nothing a reader sees, so they are not
	 * refused.
	 */
	private static final Map<Integer, Integer> JIS_TO_WINDOWS = Map.of(0x301C, 0xFF5E, 0x2016, 0x2225, 0x2212, 0xFF0D,
			0x00A2, 0xFFE0, 0x00A3, 0xFFE1, 0x00AC, 0xFFE2, 0x2014, 0x2015);

	private ShiftJis() {
	}

	/** The text with the JIS mapping of the signs above put as Windows maps them. */
	static String windowsMapping(String text) {
		StringBuilder mapped = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> mapped.appendCodePoint(JIS_TO_WINDOWS.getOrDefault(c, c)));
		return mapped.toString();
	}

	/** The first code point Windows-31J cannot encode, if any. */
	static OptionalInt firstUnencodable(String text) {
		CharsetEncoder encoder = CHARSET.newEncoder();
		return text.codePoints().filter((c) -> !encoder.canEncode(new String(Character.toChars(c)))).findFirst();
	}

	/**
	 * The bytes the text takes in Windows-31J: one for ASCII and half-width kana, else
	 * two.
	 */
	static int length(String text) {
		return text.getBytes(CHARSET).length;
	}

	/**
	 * The longest beginning of the text that fits in the bytes, cut between characters: a
	 * two-byte character that would straddle the limit is left out whole, since half of
	 * it would be another character or none.
	 */
	static String cut(String text, int bytes) {
		int used = 0;
		int end = 0;
		while (end < text.length()) {
			int next = end + Character.charCount(text.codePointAt(end));
			int width = length(text.substring(end, next));
			if (used + width > bytes) {
				break;
			}
			used += width;
			end = next;
		}
		return text.substring(0, end);
	}

}
