package jp.musubi.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A CFF font program with only the glyphs a document shows, to embed in a PDF as
 * {@code CIDFontType0C}. Glyphs keep their CIDs, so the text's codes stay valid; they get
 * new glyph numbers in order, which the charset maps back to the CIDs. The subroutines
 * are written out into the charstrings (see {@link Charstring}), and every font DICT is
 * kept, without its subroutines, so FDSelect keeps its numbers.
 */
final class CffSubset {

	// major version 1, minor 0, header size 4, absolute offsets of up to 4 bytes
	private static final byte[] HEADER = { 1, 0, 4, 4 };

	private static final byte[] NO_SUBRS = CffIndex.write(List.of());

	private CffSubset() {
	}

	/**
	 * @param glyphs the glyph numbers to keep in ascending order, the first being 0
	 * (.notdef, which every CFF font must have)
	 */
	static byte[] of(CompactFont font, int[] glyphs) {
		if (glyphs.length == 0 || glyphs[0] != 0) {
			throw new IllegalArgumentException("A subset starts with glyph 0");
		}
		List<byte[]> charstrings = new ArrayList<>(glyphs.length);
		ByteArrayOutputStream charset = new ByteArrayOutputStream();
		ByteArrayOutputStream fdSelect = new ByteArrayOutputStream();
		charset.write(0);
		fdSelect.write(0);
		for (int i = 0; i < glyphs.length; i++) {
			charstrings.add(font.charstring(glyphs[i]));
			fdSelect.write(font.fontDictOf(glyphs[i]));
			if (i > 0) {
				int cid = font.cidOf(glyphs[i]);
				charset.write(cid >> 8);
				charset.write(cid);
			}
		}
		List<byte[]> privateDicts = font.privateDicts()
			.stream()
			.map((dict) -> dict.without(CffDict.SUBRS).bytes())
			.toList();

		byte[] names = font.nameIndex();
		byte[] strings = font.stringIndex();
		byte[] charStringIndex = CffIndex.write(charstrings);
		// Offsets have a fixed width, so zeros give the size the real ones will have.
		int topSize = CffIndex.write(List.of(top(font, 0, 0, 0, 0))).length;
		int fdArraySize = CffIndex.write(fontDicts(font, privateDicts, 0)).length;

		int charsetAt = HEADER.length + names.length + topSize + strings.length + NO_SUBRS.length;
		int fdSelectAt = charsetAt + charset.size();
		int charStringsAt = fdSelectAt + fdSelect.size();
		int fdArrayAt = charStringsAt + charStringIndex.length;
		int privatesAt = fdArrayAt + fdArraySize;

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(HEADER);
		out.writeBytes(names);
		out.writeBytes(CffIndex.write(List.of(top(font, charsetAt, fdSelectAt, charStringsAt, fdArrayAt))));
		out.writeBytes(strings);
		out.writeBytes(NO_SUBRS);
		out.writeBytes(charset.toByteArray());
		out.writeBytes(fdSelect.toByteArray());
		out.writeBytes(charStringIndex);
		out.writeBytes(CffIndex.write(fontDicts(font, privateDicts, privatesAt)));
		privateDicts.forEach(out::writeBytes);
		return out.toByteArray();
	}

	private static byte[] top(CompactFont font, int charset, int fdSelect, int charStrings, int fdArray) {
		// Not the whole font's ids: a reader may cache glyphs by them.
		return font.top()
			.without(CffDict.UNIQUE_ID)
			.without(CffDict.XUID)
			.without(CffDict.UID_BASE)
			.with(CffDict.CHARSET, charset)
			.with(CffDict.FD_SELECT, fdSelect)
			.with(CffDict.CHAR_STRINGS, charStrings)
			.with(CffDict.FD_ARRAY, fdArray)
			.bytes();
	}

	private static List<byte[]> fontDicts(CompactFont font, List<byte[]> privateDicts, int privatesAt) {
		List<byte[]> dicts = new ArrayList<>();
		int offset = privatesAt;
		for (int i = 0; i < privateDicts.size(); i++) {
			int size = privateDicts.get(i).length;
			dicts.add(font.fontDicts().get(i).with(CffDict.PRIVATE, size, offset).bytes());
			offset += size;
		}
		return dicts;
	}

}
