package jp.musubi.platform.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The outlines of a CJK OpenType font: its CID-keyed CFF table, read where it lies in the
 * mapped font file. All faces of a Noto CJK collection share one such table of 65,535
 * glyphs (15 MB); only the character maps and names differ between them.
 */
final class CompactFont {

	// String ids below this name the CFF standard strings; ours are in the String INDEX.
	private static final int STANDARD_STRINGS = 391;

	private final byte[] nameIndex;

	private final CffDict top;

	private final CffIndex strings;

	private final CffIndex globalSubrs;

	private final CffIndex charStrings;

	private final char[] cidOfGlyph;

	private final char[] glyphOfCid;

	private final byte[] fontDictOfGlyph;

	private final List<CffDict> fontDicts;

	private final List<CffDict> privateDicts;

	private final List<CffIndex> localSubrs;

	private CompactFont(ByteBuffer table) {
		int headerSize = table.get(2) & 0xff;
		CffIndex names = CffIndex.at(table, headerSize);
		CffIndex tops = CffIndex.at(table, names.end());
		this.nameIndex = names.raw();
		this.top = CffDict.parse(tops.get(0));
		if (!this.top.has(CffDict.ROS)) {
			throw new IllegalArgumentException("Not a CID-keyed CFF font");
		}
		this.strings = CffIndex.at(table, tops.end());
		this.globalSubrs = CffIndex.at(table, this.strings.end());
		this.charStrings = CffIndex.at(table, this.top.integer(CffDict.CHAR_STRINGS));
		this.cidOfGlyph = readCharset(table, this.top.integer(CffDict.CHARSET), this.charStrings.count());
		this.glyphOfCid = invert(this.cidOfGlyph);
		this.fontDictOfGlyph = readFdSelect(table, this.top.integer(CffDict.FD_SELECT), this.charStrings.count());
		CffIndex fdArray = CffIndex.at(table, this.top.integer(CffDict.FD_ARRAY));
		this.fontDicts = new ArrayList<>();
		this.privateDicts = new ArrayList<>();
		this.localSubrs = new ArrayList<>();
		for (int i = 0; i < fdArray.count(); i++) {
			CffDict fontDict = CffDict.parse(fdArray.get(i));
			List<Integer> sizeAndOffset = fontDict.integers(CffDict.PRIVATE);
			byte[] privateBytes = new byte[sizeAndOffset.get(0)];
			table.get(sizeAndOffset.get(1), privateBytes);
			CffDict privateDict = CffDict.parse(privateBytes);
			this.fontDicts.add(fontDict);
			this.privateDicts.add(privateDict);
			this.localSubrs.add(privateDict.has(CffDict.SUBRS)
					? CffIndex.at(table, sizeAndOffset.get(1) + privateDict.integer(CffDict.SUBRS)) : null);
		}
	}

	/**
	 * Reads the CFF table, which must stay mapped as long as this object is used.
	 * @throws IllegalArgumentException when it is not a CID-keyed CFF table
	 */
	static CompactFont read(ByteBuffer table) {
		return new CompactFont(table);
	}

	int glyphCount() {
		return this.cidOfGlyph.length;
	}

	int cidOf(int glyph) {
		return this.cidOfGlyph[glyph];
	}

	/** The glyph with this CID, or 0 (.notdef) when there is none. */
	int glyphOf(int cid) {
		return (cid >= 0 && cid < this.glyphOfCid.length) ? this.glyphOfCid[cid] : 0;
	}

	/** The character collection, such as {@code Adobe-Identity-0}. */
	String registry() {
		return string(this.top.integers(CffDict.ROS).get(0));
	}

	String ordering() {
		return string(this.top.integers(CffDict.ROS).get(1));
	}

	int supplement() {
		return this.top.integers(CffDict.ROS).get(2);
	}

	/** The glyph's outline program, with its subroutines written out in place. */
	byte[] charstring(int glyph) {
		return Charstring.inline(this.charStrings.get(glyph), this.globalSubrs, this.localSubrs.get(fontDictOf(glyph)));
	}

	int fontDictOf(int glyph) {
		return this.fontDictOfGlyph[glyph] & 0xff;
	}

	byte[] nameIndex() {
		return this.nameIndex;
	}

	CffDict top() {
		return this.top;
	}

	byte[] stringIndex() {
		return this.strings.raw();
	}

	List<CffDict> fontDicts() {
		return this.fontDicts;
	}

	List<CffDict> privateDicts() {
		return this.privateDicts;
	}

	private String string(int sid) {
		if (sid < STANDARD_STRINGS) {
			throw new IllegalArgumentException("A standard string names the character collection: " + sid);
		}
		return new String(this.strings.get(sid - STANDARD_STRINGS), StandardCharsets.US_ASCII);
	}

	private static char[] readCharset(ByteBuffer table, int at, int glyphs) {
		char[] cids = new char[glyphs];
		int format = table.get(at) & 0xff;
		int position = at + 1;
		int glyph = 1;
		while (glyph < glyphs) {
			if (format == 0) {
				cids[glyph++] = (char) CffIndex.unsigned(table, position, 2);
				position += 2;
				continue;
			}
			int first = CffIndex.unsigned(table, position, 2);
			int left = CffIndex.unsigned(table, position + 2, (format == 1) ? 1 : 2);
			position += (format == 1) ? 3 : 4;
			for (int i = 0; i <= left && glyph < glyphs; i++) {
				cids[glyph++] = (char) (first + i);
			}
		}
		return cids;
	}

	private static byte[] readFdSelect(ByteBuffer table, int at, int glyphs) {
		byte[] fds = new byte[glyphs];
		int format = table.get(at) & 0xff;
		if (format == 0) {
			table.get(at + 1, fds);
			return fds;
		}
		if (format != 3) {
			throw new IllegalArgumentException("Unknown FDSelect format " + format);
		}
		int ranges = CffIndex.unsigned(table, at + 1, 2);
		for (int r = 0; r < ranges; r++) {
			int range = at + 3 + r * 3;
			int first = CffIndex.unsigned(table, range, 2);
			int next = CffIndex.unsigned(table, range + 3, 2);
			for (int glyph = first; glyph < next && glyph < glyphs; glyph++) {
				fds[glyph] = table.get(range + 2);
			}
		}
		return fds;
	}

	private static char[] invert(char[] cidOfGlyph) {
		int highest = 0;
		for (char cid : cidOfGlyph) {
			highest = Math.max(highest, cid);
		}
		char[] glyphOfCid = new char[highest + 1];
		for (int glyph = cidOfGlyph.length - 1; glyph > 0; glyph--) {
			glyphOfCid[cidOfGlyph[glyph]] = (char) glyph;
		}
		return glyphOfCid;
	}

}
