package jp.musubi.platform.pdf;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * One face of a font collection, such as Noto Sans CJK JP Regular: which glyph shows each
 * character, how wide each glyph is and the vertical metrics, all in thousandths of an em
 * as PDF wants them. It keeps nothing of the font parser, so renders on many threads can
 * share it.
 */
final class Typeface {

	private final String postScriptName;

	private final int[] codePoints;

	private final char[] glyphs;

	private final int[] advances;

	private final Metrics metrics;

	private final CompactFont outlines;

	private Typeface(String postScriptName, int[] codePoints, char[] glyphs, int[] advances, Metrics metrics,
			CompactFont outlines) {
		this.postScriptName = postScriptName;
		this.codePoints = codePoints;
		this.glyphs = glyphs;
		this.advances = advances;
		this.metrics = metrics;
		this.outlines = outlines;
	}

	static Typeface read(TrueTypeFont face, CompactFont outlines) throws IOException {
		float scale = 1000f / face.getUnitsPerEm();
		int glyphCount = outlines.glyphCount();
		CmapLookup cmap = face.getUnicodeCmapLookup(false);
		long[] pairs = new long[0];
		int count = 0;
		int[] advances = new int[glyphCount];
		for (int glyph = 0; glyph < glyphCount; glyph++) {
			advances[glyph] = Math.round(face.getAdvanceWidth(glyph) * scale);
			List<Integer> characters = cmap.getCharCodes(glyph);
			if (characters == null) {
				continue;
			}
			if (count + characters.size() > pairs.length) {
				pairs = Arrays.copyOf(pairs, Math.max(1024, (count + characters.size()) * 2));
			}
			for (int codePoint : characters) {
				pairs[count++] = ((long) codePoint << 32) | glyph;
			}
		}
		long[] sorted = Arrays.copyOf(pairs, count);
		Arrays.sort(sorted);
		int[] codePoints = new int[count];
		char[] glyphs = new char[count];
		for (int i = 0; i < count; i++) {
			codePoints[i] = (int) (sorted[i] >>> 32);
			glyphs[i] = (char) sorted[i];
		}
		return new Typeface(face.getName(), codePoints, glyphs, advances, Metrics.of(face, scale), outlines);
	}

	String postScriptName() {
		return this.postScriptName;
	}

	/** The glyph that shows the character, or 0 (.notdef) when the face has none. */
	int glyphFor(int codePoint) {
		int i = Arrays.binarySearch(this.codePoints, codePoint);
		return (i >= 0) ? this.glyphs[i] : 0;
	}

	float advance(int glyph) {
		return (glyph >= 0 && glyph < this.advances.length) ? this.advances[glyph] : 0;
	}

	Metrics metrics() {
		return this.metrics;
	}

	CompactFont outlines() {
		return this.outlines;
	}

	/**
	 * What a PDF font descriptor says about the face. Ascent and descent are those of the
	 * horizontal header, as browsers take them, so that a line is as tall as on screen.
	 */
	record Metrics(float ascent, float descent, float capHeight, float stemV, float[] box) {

		static Metrics of(TrueTypeFont face, float scale) throws IOException {
			HorizontalHeaderTable hhea = face.getHorizontalHeader();
			OS2WindowsMetricsTable os2 = face.getOS2Windows();
			HeaderTable head = face.getHeader();
			// PDFBox's estimate when a face states no stem width: bolder, wider.
			float stemV = 50 + (float) Math.pow(os2.getWeightClass() / 65f, 2);
			return new Metrics(hhea.getAscender() * scale, hhea.getDescender() * scale, os2.getCapHeight() * scale,
					stemV, new float[] { head.getXMin() * scale, head.getYMin() * scale, head.getXMax() * scale,
							head.getYMax() * scale });
		}

	}

}
