package jp.musubi.broadcast.photo;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.webp.WebpMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import org.apache.tika.Tika;

/**
 * Where an uploaded photo is developed into the copies the station shows: a display copy
 * and a thumbnail, both JPEG, upright, never larger than their limits. They are encoded
 * anew from the pixels, so nothing of the original file travels on: no GPS position of
 * someone's home, no camera serial, no comment. What a file is comes from its bytes,
 * never its name, and a file that is refused leaves nothing behind.
 * <p>
 * A photo is decoded within a memory budget, since a file of a few hundred kilobytes can
 * describe a picture that fills the heap: its size is read from the header first, it is
 * decoded subsampled to no more than twice the display size, metadata (where a PNG can
 * hide gigabytes of compressed text) is never read, a progressive JPEG's scans and
 * coefficient memory are counted before decoding, decoding stops after a time limit, and
 * only two photos are decoded at once. One instance serves every upload.
 */
public final class Darkroom {

	private static final Set<String> PICTURES = Set.of("image/jpeg", "image/png", "image/webp", "image/gif");

	/** Where JPEG artefacts stop being visible on a television or phone screen. */
	private static final float QUALITY = 0.85f;

	/**
	 * How many times the display size a large photo is decoded at before it is scaled
	 * smoothly: point subsampling straight to the target would alias fine detail (roof
	 * tiles, rice fields), decoding at full size would hold hundreds of megabytes.
	 */
	private static final int DECODE_MARGIN = 2;

	/**
	 * Scans a progressive JPEG may have: encoders write 10 (libjpeg, Photoshop) to about
	 * 20 (mozjpeg); each further scan is one more walk over every block of the picture.
	 */
	static final int MAX_SCANS = 32;

	/**
	 * The whole-picture coefficient buffer a progressive JPEG may need, in the decoder's
	 * native memory: 32 megapixels of an ordinary colour photo (4:2:0).
	 */
	static final long MAX_COEFFICIENT_BYTES = 96L * 1024 * 1024;

	/**
	 * Photos decoded at once: each holds up to (2 × 2048)² pixels, four bytes each, and
	 * its first scaled copy, some 80 MB at most; two fit beside everything else in the
	 * 512 MB heap of a small node.
	 */
	private static final int AT_ONCE = 2;

	/** A photo decodes in one or two seconds; most of this is the wait of a busy node. */
	private static final Duration DEFAULT_DECODE_TIME = Duration.ofSeconds(20);

	private final Semaphore decoders = new Semaphore(AT_ONCE, true);

	private final Duration decodeTime;

	private final int displayLongSide;

	private final int thumbnailLongSide;

	private final long maxPixels;

	private final Tika tika = new Tika();

	/**
	 * @param displayLongSide the longest side of the display copy, in pixels
	 * @param thumbnailLongSide the longest side of the thumbnail, in pixels
	 * @param maxPixels the most pixels a photo may have; more is taken as a decompression
	 * bomb, since the pixels would fill memory before anything could be shown
	 */
	public Darkroom(int displayLongSide, int thumbnailLongSide, long maxPixels) {
		this(displayLongSide, thumbnailLongSide, maxPixels, DEFAULT_DECODE_TIME);
	}

	/**
	 * @param decodeTime how long one photo may take to decode before it is refused
	 */
	Darkroom(int displayLongSide, int thumbnailLongSide, long maxPixels, Duration decodeTime) {
		if (displayLongSide < 1 || thumbnailLongSide < 1 || maxPixels < 1 || decodeTime.isNegative()) {
			throw new IllegalArgumentException("Sizes, the pixel limit and the decode time must be positive");
		}
		this.displayLongSide = displayLongSide;
		this.thumbnailLongSide = thumbnailLongSide;
		this.maxPixels = maxPixels;
		this.decodeTime = decodeTime;
	}

	/**
	 * Develops the photo in {@code source} into two new files in {@code outputDirectory},
	 * named uniquely so that uploads at the same moment never meet.
	 * @throws PhotoRefused with a message key when the file is not a picture we take;
	 * nothing is written then
	 */
	public Developed develop(Path source, Path outputDirectory) {
		String type = typeOf(source);
		BufferedImage display;
		acquireDecoder();
		try {
			// Turned after scaling: turning first would copy the decoded picture once
			// more.
			display = orient(scaledDown(decode(source, type), this.displayLongSide), orientation(source, type));
		}
		finally {
			this.decoders.release();
		}
		BufferedImage thumbnail = scaledDown(display, this.thumbnailLongSide);
		String name = UUID.randomUUID().toString();
		Path displayFile = outputDirectory.resolve(name + ".jpg");
		Path thumbnailFile = outputDirectory.resolve(name + "-thumbnail.jpg");
		try {
			writeJpeg(display, displayFile);
			writeJpeg(thumbnail, thumbnailFile);
		}
		catch (IOException ex) {
			deleteQuietly(displayFile, thumbnailFile);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			deleteQuietly(displayFile, thumbnailFile);
			throw ex;
		}
		return new Developed(displayFile, thumbnailFile, display.getWidth(), display.getHeight());
	}

	private void acquireDecoder() {
		try {
			if (!this.decoders.tryAcquire(this.decodeTime.multipliedBy(AT_ONCE).toMillis(), TimeUnit.MILLISECONDS)) {
				throw new PhotoRefused(PhotoRefused.BUSY);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PhotoRefused(PhotoRefused.BUSY, ex);
		}
	}

	/**
	 * Reads the pixels, subsampled, after the checks that need only the headers.
	 */
	private BufferedImage decode(Path source, String type) {
		if (!PICTURES.contains(type)) {
			throw new PhotoRefused("broadcast.photo.error.type");
		}
		Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
		if (!readers.hasNext()) {
			// Only WebP can get here, on a runtime without the TwelveMonkeys reader.
			throw new PhotoRefused("broadcast.photo.error.type");
		}
		ImageReader reader = readers.next();
		try (ImageInputStream in = ImageIO.createImageInputStream(source.toFile())) {
			// Metadata ignored: the decoder then skips a PNG's text and profile chunks
			// instead of inflating them.
			reader.setInput(in, true, true);
			long width = reader.getWidth(0);
			long height = reader.getHeight(0);
			if (width < 1 || height < 1) {
				throw new PhotoRefused("broadcast.photo.error.unreadable");
			}
			if (width * height > this.maxPixels) {
				throw new PhotoRefused("broadcast.photo.error.tooLarge", megapixels(this.maxPixels));
			}
			ImageReadParam param = reader.getDefaultReadParam();
			if ("image/jpeg".equals(type)) {
				checkScans(JpegLayout.of(source));
				// Belt and braces: the decoder stops after the scans counted above.
				param.setSourceProgressivePasses(0, MAX_SCANS);
			}
			int step = subsampling(Math.max(width, height), this.displayLongSide);
			param.setSourceSubsampling(step, step, 0, 0);
			List<String> warnings = new ArrayList<>();
			reader.addIIOReadWarningListener((r, warning) -> warnings.add(warning));
			Stopwatch stopwatch = new Stopwatch(this.decodeTime);
			reader.addIIOReadProgressListener(stopwatch);
			BufferedImage image = reader.read(0, param);
			if (stopwatch.ranOut()) {
				throw new PhotoRefused("broadcast.photo.error.tooSlow", this.decodeTime.toSeconds());
			}
			if (warnings.stream().anyMatch(Darkroom::saysCutOff)) {
				throw new PhotoRefused("broadcast.photo.error.unreadable");
			}
			return image;
		}
		catch (PhotoRefused ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// Decoders report damaged data with whatever exception their format's code
			// happens to throw; to the uploader all of them mean the same.
			throw new PhotoRefused("broadcast.photo.error.unreadable", ex);
		}
		finally {
			reader.dispose();
		}
	}

	/**
	 * The subsampling step that decodes the longest side to at most twice the display
	 * size: every pixel beyond that would be thrown away by the scaling, after it had
	 * taken memory.
	 */
	static int subsampling(long longestSide, int displayLongSide) {
		long budget = (long) displayLongSide * DECODE_MARGIN;
		return (int) Math.max(1, (longestSide + budget - 1) / budget);
	}

	private static void checkScans(JpegLayout layout) {
		if (layout.scans() > MAX_SCANS) {
			throw new PhotoRefused("broadcast.photo.error.tooManyScans", MAX_SCANS);
		}
		if (layout.progressive() && layout.coefficientBytes() > MAX_COEFFICIENT_BYTES) {
			// An ordinary colour photo (4:2:0) takes three bytes of coefficients a pixel.
			long pixels = MAX_COEFFICIENT_BYTES / 3;
			throw new PhotoRefused("broadcast.photo.error.progressiveTooLarge", megapixels(pixels));
		}
	}

	/**
	 * Whole megapixels: Japanese, Korean and Chinese messages write them as 万 with two
	 * zeros ({@code {0}00万画素}, 6000万画素).
	 */
	private static long megapixels(long pixels) {
		return pixels / 1_000_000;
	}

	/**
	 * Whether a decoder's warning says the file ends early. A cut-off JPEG decodes with
	 * only a warning and a grey lower part, which would go on air as if it were the
	 * photo; other warnings (a few stray bytes between segments, common from some
	 * cameras) leave a photo that looks right, so they are no reason to refuse it. The
	 * JDK's JPEG decoder, which TwelveMonkeys' reader runs on, words it as libjpeg does.
	 */
	private static boolean saysCutOff(String warning) {
		String text = warning.toLowerCase(Locale.ROOT);
		return text.contains("truncated") || text.contains("premature end");
	}

	private String typeOf(Path source) {
		try {
			if (Files.size(source) == 0) {
				throw new PhotoRefused("broadcast.photo.error.empty");
			}
			try (InputStream in = Files.newInputStream(source)) {
				// No name given to Tika: it must judge by the bytes alone.
				return this.tika.detect(in);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The EXIF orientation, 1 to 8. Phones store the sensor's pixels as they came and
	 * only note how the phone was held; without this, portraits go on air lying on their
	 * side. Metadata that cannot be read is no reason to refuse a photo whose pixels can.
	 */
	private static int orientation(Path source, String type) {
		try {
			Metadata metadata;
			// Only formats whose EXIF is stored as it is: metadata-extractor would
			// inflate
			// a PNG's compressed chunks whatever their size.
			if ("image/jpeg".equals(type)) {
				metadata = JpegMetadataReader.readMetadata(source.toFile(), List.of(new ExifReader()));
			}
			else if ("image/webp".equals(type)) {
				metadata = WebpMetadataReader.readMetadata(source.toFile());
			}
			else {
				return 1;
			}
			ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
			if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
				return 1;
			}
			int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
			return (orientation >= 1 && orientation <= 8) ? orientation : 1;
		}
		catch (ImageProcessingException | MetadataException | IOException | RuntimeException ex) {
			return 1;
		}
	}

	/**
	 * Turns and mirrors the pixels as EXIF orientation 1 to 8 says the camera was held.
	 */
	static BufferedImage orient(BufferedImage image, int orientation) {
		if (orientation == 1) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		AffineTransform turn = switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
			case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
			default -> throw new IllegalArgumentException("EXIF orientation is 1 to 8, not " + orientation);
		};
		boolean sideways = orientation >= 5;
		BufferedImage turned = new BufferedImage(sideways ? h : w, sideways ? w : h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = turned.createGraphics();
		try {
			g.drawImage(image, turn, null);
		}
		finally {
			g.dispose();
		}
		return turned;
	}

	/**
	 * The image with its longest side at most {@code longSide}, never enlarged (an
	 * enlarged photo only looks blurred), on an opaque RGB canvas: JPEG has no
	 * transparency, and a transparent logo on black (what the encoder would make of it)
	 * is unreadable, so transparency is laid on white. Halving in bilinear steps keeps
	 * the quality of a bicubic filter at a fraction of its time, and unlike one large
	 * bilinear step it skips no source pixels.
	 */
	static BufferedImage scaledDown(BufferedImage image, int longSide) {
		int longest = Math.max(image.getWidth(), image.getHeight());
		if (longest <= longSide) {
			return (image.getType() == BufferedImage.TYPE_INT_RGB) ? image : onWhite(image);
		}
		double scale = (double) longSide / longest;
		int targetWidth = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int targetHeight = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage current = image;
		int w = image.getWidth();
		int h = image.getHeight();
		while (w != targetWidth || h != targetHeight) {
			w = Math.max(targetWidth, w / 2);
			h = Math.max(targetHeight, h / 2);
			BufferedImage step = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = step.createGraphics();
			try {
				g.setColor(Color.WHITE);
				g.fillRect(0, 0, w, h);
				g.setComposite(AlphaComposite.SrcOver);
				g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
				g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
				g.drawImage(current, 0, 0, w, h, null);
			}
			finally {
				g.dispose();
			}
			current = step;
		}
		return current;
	}

	private static BufferedImage onWhite(BufferedImage image) {
		BufferedImage canvas = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = canvas.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
			g.setComposite(AlphaComposite.SrcOver);
			g.drawImage(image, 0, 0, null);
		}
		finally {
			g.dispose();
		}
		return canvas;
	}

	/**
	 * Encodes with no metadata handed to the writer, so the file holds only what JPEG
	 * itself needs (a JFIF header), not the source's EXIF, XMP, IPTC or comments.
	 */
	private static void writeJpeg(BufferedImage image, Path file) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW);
				// In memory: ImageIO's default cache would leave a stray file in the temp
				// folder.
				ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(QUALITY);
			// Progressive: on a slow rural line the whole photo appears at once, then
			// sharpens.
			param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			writer.setOutput(stream);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
	}

	private static void deleteQuietly(Path... files) {
		for (Path file : files) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// The failure that got us here is what the caller needs to hear about.
			}
		}
	}

	/**
	 * Stops a decoder that runs past its time. Decoders report progress at least once a
	 * pass (a progressive JPEG's scan) and abort at the next row once asked. Elapsed time
	 * is measured, not read from the clock: it is a budget of work, not a moment.
	 */
	private static final class Stopwatch implements IIOReadProgressListener {

		private final long deadline;

		private boolean ranOut;

		Stopwatch(Duration limit) {
			this.deadline = System.nanoTime() + limit.toNanos();
		}

		boolean ranOut() {
			return this.ranOut;
		}

		@Override
		public void imageProgress(ImageReader source, float percentageDone) {
			if (System.nanoTime() - this.deadline >= 0) {
				this.ranOut = true;
				source.abort();
			}
		}

		@Override
		public void imageStarted(ImageReader source, int imageIndex) {
			imageProgress(source, 0);
		}

		@Override
		public void sequenceStarted(ImageReader source, int minIndex) {
		}

		@Override
		public void sequenceComplete(ImageReader source) {
		}

		@Override
		public void imageComplete(ImageReader source) {
		}

		@Override
		public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
		}

		@Override
		public void thumbnailProgress(ImageReader source, float percentageDone) {
		}

		@Override
		public void thumbnailComplete(ImageReader source) {
		}

		@Override
		public void readAborted(ImageReader source) {
		}

	}

	/**
	 * The developed copies: the display copy's size is what a page needs to reserve space
	 * for it before it loads.
	 */
	public record Developed(Path display, Path thumbnail, int width, int height) {
	}

}
