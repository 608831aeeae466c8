package jp.musubi.platform.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * A typeface as one PDF document uses it: a Type 0 font whose codes are CIDs of the
 * face's CFF outlines ({@code Identity-H}), embedded as {@code CIDFontType0C} with only
 * the glyphs the document shows, plus a ToUnicode map so its text stays text.
 * <p>
 * Why not PDFBox's own {@code PDType0Font}, through which openhtmltopdf embeds every
 * font: Debian ships Noto CJK with CFF outlines, in collections, and PDFBox 3 embeds only
 * TrueType outlines. Loading a face of a {@code .ttc} whole fails ("Full embedding of
 * TrueType font collections not supported"), and as a subset it fails when saving ("OTF
 * fonts do not have a glyf table"); openhtmltopdf's {@code .ttc} support goes the same
 * way. The other ways out were worse: a face copied out whole puts 15 MB in every PDF,
 * outlines converted to TrueType lose their precision and hints, and a TrueType CJK font
 * would be a second font package on every machine. So this font takes
 * {@code PDType0Font}'s place: PDFBox calls {@link #addToSubset} for every character it
 * writes and {@link #subset} when the document is saved, as for its own fonts, and
 * {@link CffSubset} writes the program. One instance serves one document on one thread.
 */
final class SubsetFont extends PDFont {

	// Most CJK glyphs are a full em wide; only the others need a /W entry.
	private static final int DEFAULT_WIDTH = 1000;

	private final PDDocument document;

	private final Typeface face;

	private final COSDictionary cidFont;

	private final PDFontDescriptor descriptor;

	private final SortedMap<Integer, Integer> codePointOfCid = new TreeMap<>();

	SubsetFont(PDDocument document, Typeface face) {
		super(type0(face));
		this.document = document;
		this.face = face;
		this.descriptor = descriptor(face);
		this.cidFont = cidFont(face, this.descriptor);
		COSArray descendants = new COSArray();
		descendants.add(this.cidFont);
		this.dict.setItem(COSName.DESCENDANT_FONTS, descendants);
	}

	private static COSDictionary type0(Typeface face) {
		COSDictionary font = new COSDictionary();
		font.setItem(COSName.TYPE, COSName.FONT);
		font.setItem(COSName.SUBTYPE, COSName.TYPE0);
		font.setName(COSName.BASE_FONT, face.postScriptName());
		font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
		return font;
	}

	private static COSDictionary cidFont(Typeface face, PDFontDescriptor descriptor) {
		CompactFont outlines = face.outlines();
		COSDictionary systemInfo = new COSDictionary();
		systemInfo.setString(COSName.REGISTRY, outlines.registry());
		systemInfo.setString(COSName.ORDERING, outlines.ordering());
		systemInfo.setInt(COSName.SUPPLEMENT, outlines.supplement());
		COSDictionary font = new COSDictionary();
		font.setItem(COSName.TYPE, COSName.FONT);
		font.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
		font.setName(COSName.BASE_FONT, face.postScriptName());
		font.setItem(COSName.CIDSYSTEMINFO, systemInfo);
		font.setItem(COSName.FONT_DESC, descriptor);
		font.setInt(COSName.DW, DEFAULT_WIDTH);
		return font;
	}

	private static PDFontDescriptor descriptor(Typeface face) {
		Typeface.Metrics metrics = face.metrics();
		PDFontDescriptor descriptor = new PDFontDescriptor(new COSDictionary());
		descriptor.setFontName(face.postScriptName());
		descriptor.setSymbolic(true);
		descriptor.setFontBoundingBox(new PDRectangle(
				new BoundingBox(metrics.box()[0], metrics.box()[1], metrics.box()[2], metrics.box()[3])));
		descriptor.setItalicAngle(0);
		descriptor.setAscent(metrics.ascent());
		descriptor.setDescent(metrics.descent());
		descriptor.setCapHeight(metrics.capHeight());
		descriptor.setStemV(metrics.stemV());
		return descriptor;
	}

	@Override
	protected byte[] encode(int codePoint) {
		int glyph = this.face.glyphFor(codePoint);
		if (glyph == 0) {
			// openhtmltopdf takes this exception to mean "try the next font".
			throw new IllegalArgumentException(
					String.format("%s has no glyph for U+%04X", this.face.postScriptName(), codePoint));
		}
		int cid = this.face.outlines().cidOf(glyph);
		return new byte[] { (byte) (cid >> 8), (byte) cid };
	}

	@Override
	public int readCode(InputStream in) throws IOException {
		return (in.read() << 8) | in.read();
	}

	@Override
	public float getWidth(int cid) {
		return this.face.advance(this.face.outlines().glyphOf(cid));
	}

	@Override
	public float getWidthFromFont(int cid) {
		return getWidth(cid);
	}

	@Override
	public boolean hasExplicitWidth(int cid) {
		return true;
	}

	@Override
	public float getHeight(int cid) {
		return this.face.metrics().ascent() - this.face.metrics().descent();
	}

	@Override
	public BoundingBox getBoundingBox() {
		float[] box = this.face.metrics().box();
		return new BoundingBox(box[0], box[1], box[2], box[3]);
	}

	@Override
	public PDFontDescriptor getFontDescriptor() {
		return this.descriptor;
	}

	@Override
	public String getName() {
		// Called by PDFont's constructor, before this class has set its fields.
		return this.dict.getNameAsString(COSName.BASE_FONT);
	}

	@Override
	public String toUnicode(int cid) {
		Integer codePoint = this.codePointOfCid.get(cid);
		return (codePoint != null) ? Character.toString(codePoint) : null;
	}

	@Override
	protected float getStandard14Width(int code) {
		throw new UnsupportedOperationException("Not one of the standard 14 fonts");
	}

	@Override
	public boolean isVertical() {
		return false;
	}

	@Override
	public boolean isEmbedded() {
		return true;
	}

	@Override
	public boolean isDamaged() {
		return false;
	}

	@Override
	public boolean willBeSubset() {
		return true;
	}

	@Override
	public void addToSubset(int codePoint) {
		int glyph = this.face.glyphFor(codePoint);
		if (glyph != 0) {
			this.codePointOfCid.putIfAbsent(this.face.outlines().cidOf(glyph), codePoint);
		}
	}

	@Override
	public void subset() throws IOException {
		CompactFont outlines = this.face.outlines();
		int[] glyphs = IntStream
			.concat(IntStream.of(0), this.codePointOfCid.keySet().stream().mapToInt(outlines::glyphOf))
			.distinct()
			.sorted()
			.toArray();
		String name = tag(glyphs) + "+" + this.face.postScriptName();
		this.dict.setName(COSName.BASE_FONT, name);
		this.cidFont.setName(COSName.BASE_FONT, name);
		this.descriptor.setFontName(name);

		PDStream program = new PDStream(this.document, new ByteArrayInputStream(CffSubset.of(outlines, glyphs)),
				COSName.FLATE_DECODE);
		program.getCOSObject().setItem(COSName.SUBTYPE, COSName.getPDFName("CIDFontType0C"));
		this.descriptor.setFontFile3(program);
		this.cidFont.setItem(COSName.W, widths());
		PDStream toUnicode = new PDStream(this.document,
				new ByteArrayInputStream(ToUnicodeCMap.of(this.codePointOfCid)), COSName.FLATE_DECODE);
		this.dict.setItem(COSName.TO_UNICODE, toUnicode);
	}

	/**
	 * {@code /W [cid [w w ...] ...]} for the shown glyphs that are not a full em wide.
	 */
	private COSArray widths() {
		COSArray widths = new COSArray();
		COSArray run = null;
		int next = -1;
		for (int cid : this.codePointOfCid.keySet()) {
			int width = Math.round(getWidth(cid));
			if (width == DEFAULT_WIDTH) {
				continue;
			}
			if (run == null || cid != next) {
				run = new COSArray();
				widths.add(COSInteger.get(cid));
				widths.add(run);
			}
			run.add(COSInteger.get(width));
			next = cid + 1;
		}
		return widths;
	}

	/**
	 * Six capital letters that differ between subsets, as PDF asks of a subset's name.
	 */
	private static String tag(int[] glyphs) {
		long hash = Integer.toUnsignedLong(Arrays.hashCode(glyphs));
		StringBuilder tag = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			tag.append((char) ('A' + hash % 26));
			hash /= 26;
		}
		return tag.toString();
	}

}
