package jp.musubi.platform.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The typefaces documents are set in, by the names templates give in CSS:
 * {@code 'Musubi Sans'} is Noto Sans CJK in the form the document's language expects
 * (Japanese, Korean, Simplified or Traditional Chinese shapes of the same characters),
 * and {@code 'Musubi Sans JP'}, {@code 'KR'}, {@code 'SC'} and {@code 'TC'} name one
 * form, for a passage in another language (a style rule for {@code :lang(ko)} names the
 * KR family). Each has a regular (400) and a bold (700) weight.
 * <p>
 * Faces are read from Debian's {@code fonts-noto-cjk} collections the first time a
 * document uses them and kept for every later one; a document carries only the glyphs it
 * shows.
 */
final class Typefaces {

	private static final String FAMILY = "Musubi Sans";

	private static final Logger log = LoggerFactory.getLogger(Typefaces.class);

	private static final List<String> REGIONS = List.of("JP", "KR", "SC", "TC");

	private static final Map<Integer, String> WEIGHTS = Map.of(400, "Regular", 700, "Bold");

	private final Path directory;

	private final Map<String, Optional<FontCollection>> collections = new ConcurrentHashMap<>();

	private final Map<String, Optional<Typeface>> faces = new ConcurrentHashMap<>();

	Typefaces(Path directory) {
		this.directory = directory;
		List<String> missing = WEIGHTS.values().stream().map(Typefaces::fileName).filter(this::missing).toList();
		if (!missing.isEmpty()) {
			log.warn(
					"PDF documents will show Japanese, Korean and Chinese text as '#': {} not found in {}. "
							+ "Install the Debian package fonts-noto-cjk or set musubi.pdf.font-directory.",
					missing, directory);
		}
	}

	/** Offers the typefaces to one document; none is read until the document uses it. */
	void offer(PdfRendererBuilder builder, PDDocument document, Locale locale) {
		WEIGHTS.forEach((weight, name) -> {
			if (missing(fileName(name))) {
				return;
			}
			Map<String, Lazy> byRegion = new HashMap<>();
			for (String region : REGIONS) {
				Lazy font = new Lazy(document, region, name);
				byRegion.put(region, font);
				builder.useFont(font, FAMILY + " " + region, weight, FontStyle.NORMAL, true);
			}
			// The region's own object, so a Korean document embeds one Korean face.
			builder.useFont(byRegion.get(region(locale)), FAMILY, weight, FontStyle.NORMAL, true);
		});
	}

	/** Which form of the CJK characters a reader of this language expects. */
	static String region(Locale locale) {
		if (locale.getLanguage().equals("ko")) {
			return "KR";
		}
		if (locale.getLanguage().equals("zh")) {
			boolean traditional = locale.getScript().equals("Hant")
					|| List.of("TW", "HK", "MO").contains(locale.getCountry());
			return traditional ? "TC" : "SC";
		}
		return "JP";
	}

	private boolean missing(String fileName) {
		return !Files.isReadable(this.directory.resolve(fileName));
	}

	private static String fileName(String weight) {
		return "NotoSansCJK-" + weight + ".ttc";
	}

	private Optional<Typeface> face(String region, String weight) {
		String postScriptName = "NotoSansCJK" + region.toLowerCase(Locale.ROOT) + "-" + weight;
		return this.faces.computeIfAbsent(postScriptName, (name) -> collection(fileName(weight)).flatMap((file) -> {
			try {
				return Optional.of(file.face(name));
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Cannot read the typeface {}; PDF documents use a built-in font instead", name, ex);
				return Optional.empty();
			}
		}));
	}

	private Optional<FontCollection> collection(String fileName) {
		return this.collections.computeIfAbsent(fileName, (name) -> {
			try {
				return Optional.of(FontCollection.open(this.directory.resolve(name)));
			}
			catch (IOException ex) {
				log.warn("Cannot read the font collection {}; PDF documents use a built-in font instead", name, ex);
				return Optional.empty();
			}
		});
	}

	/**
	 * Reads the face only when openhtmltopdf first lays out text in a family it serves;
	 * one document's renderer asks from one thread.
	 */
	private final class Lazy extends PDFontSupplier {

		private final PDDocument document;

		private final String region;

		private final String weight;

		private PDFont font;

		Lazy(PDDocument document, String region, String weight) {
			super(null);
			this.document = document;
			this.region = region;
			this.weight = weight;
		}

		@Override
		public PDFont supply() {
			if (this.font == null) {
				// openhtmltopdf cannot take "no font" here: text in a face that cannot be
				// read (the log says why) is set in Helvetica, and the document renders.
				this.font = face(this.region, this.weight).<PDFont>map((face) -> new SubsetFont(this.document, face))
					.orElseGet(() -> new PDType1Font(Standard14Fonts.FontName.HELVETICA));
			}
			return this.font;
		}

	}

}
