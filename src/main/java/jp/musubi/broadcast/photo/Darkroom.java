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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import org.apache.tika.Tika;

/**
 * Where an uploaded photo is developed into the copies the station shows: a display copy
 * and a thumbnail, both JPEG, upright, never larger than their limits. They are encoded
 * anew from the pixels, so nothing of the original file travels on: no GPS position of
 * someone's home, no camera serial, no comment. What a file is comes from its bytes,
 * never its name, and a file that is refused leaves nothing behind. It keeps no state
 * between photos, so one instance serves every upload at once.
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
		if (displayLongSide < 1 || thumbnailLongSide < 1 || maxPixels < 1) {
			throw new IllegalArgumentException("Sizes and the pixel limit must be positive");
		}
		this.displayLongSide = displayLongSide;
		this.thumbnailLongSide = thumbnailLongSide;
		this.maxPixels = maxPixels;
	}

	/**
	 * Develops the photo in {@code source} into two new files in {@code outputDirectory},
	 * named uniquely so that uploads at the same moment never meet.
	 * @throws PhotoRefused with a message key when the file is not a picture we take;
	 * nothing is written then
	 */
	public Developed develop(Path source, Path outputDirectory) {
		BufferedImage upright = orient(decode(source), orientation(source));
		BufferedImage display = scaledDown(upright, this.displayLongSide);
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

	/** Reads the pixels, after the checks that need only the first bytes. */
	private BufferedImage decode(Path source) {
		String type = typeOf(source);
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
			reader.setInput(in, true, false);
			long width = reader.getWidth(0);
			long height = reader.getHeight(0);
			if (width * height > this.maxPixels) {
				throw new PhotoRefused("broadcast.photo.error.tooLarge");
			}
			ImageReadParam param = reader.getDefaultReadParam();
			int step = (int) Math.max(1, Math.max(width, height) / ((long) this.displayLongSide * DECODE_MARGIN));
			param.setSourceSubsampling(step, step, 0, 0);
			List<String> warnings = new ArrayList<>();
			reader.addIIOReadWarningListener((r, warning) -> warnings.add(warning));
			BufferedImage image = reader.read(0, param);
			if (warnings.stream().anyMatch(Darkroom::saysCutOff)) {
				throw new PhotoRefused("broadcast.photo.error.unreadable");
			}
			return onWhite(image);
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
	private static int orientation(Path source) {
		try {
			ExifIFD0Directory exif = ImageMetadataReader.readMetadata(source.toFile())
				.getFirstDirectoryOfType(ExifIFD0Directory.class);
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
	 * The pixels on an opaque RGB canvas: JPEG has no transparency, and a transparent
	 * logo on black (what the encoder would make of it) is unreadable.
	 */
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
	 * The image with its longest side at most {@code longSide}, never enlarged: an
	 * enlarged photo only looks blurred. Halving in bilinear steps keeps the quality of a
	 * bicubic filter at a fraction of its time, and unlike one large bilinear step it
	 * skips no source pixels.
	 */
	static BufferedImage scaledDown(BufferedImage image, int longSide) {
		int longest = Math.max(image.getWidth(), image.getHeight());
		if (longest <= longSide) {
			return image;
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
	 * The developed copies: the display copy's size is what a page needs to reserve space
	 * for it before it loads.
	 */
	public record Developed(Path display, Path thumbnail, int width, int height) {
	}

}
