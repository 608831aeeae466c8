package jp.musubi.platform.pdf;

import java.awt.geom.PathIterator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CffSubsetTests {

	private static final Path NOTO_SANS = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

	private static final String FACE = "NotoSansCJKjp-Regular";

	@Test
	void eachGlyphOfASubsetHasTheOutlineAndWidthItHasInTheWholeFont() throws IOException {
		Typeface face = FontCollection.open(NOTO_SANS).face(FACE);
		int[] glyphs = IntStream
			.concat(IntStream.of(0), "適格請求書 ¥1,234,567 프리랜서 自由职业者 Quality".codePoints().map(face::glyphFor))
			.distinct()
			.sorted()
			.toArray();

		byte[] subset = CffSubset.of(face.outlines(), glyphs);

		CFFCIDFont shown = (CFFCIDFont) new CFFParser().parse(new RandomAccessReadBuffer(subset)).get(0);
		try (TrueTypeCollection collection = new TrueTypeCollection(NOTO_SANS.toFile())) {
			CFFCIDFont whole = (CFFCIDFont) ((OpenTypeFont) collection.getFontByName(FACE)).getCFF().getFont();
			for (int glyph : glyphs) {
				int cid = face.outlines().cidOf(glyph);
				assertThat(outline(shown, cid)).as("CID %d", cid).isEqualTo(outline(whole, cid));
				assertThat(shown.getType2CharString(cid).getWidth())
					.isEqualTo(whole.getType2CharString(cid).getWidth());
			}
		}
		assertThat(outline(shown, face.outlines().cidOf(face.glyphFor('適')))).hasSizeGreaterThan(100);
		assertThat(subset).hasSizeLessThan(16 * 1024);
	}

	private static List<Double> outline(CFFCIDFont font, int cid) throws IOException {
		List<Double> segments = new ArrayList<>();
		double[] coordinates = new double[6];
		for (PathIterator path = font.getType2CharString(cid).getPath().getPathIterator(null); !path.isDone(); path
			.next()) {
			segments.add((double) path.currentSegment(coordinates));
			for (double coordinate : coordinates) {
				segments.add(coordinate);
			}
		}
		return segments;
	}

}
