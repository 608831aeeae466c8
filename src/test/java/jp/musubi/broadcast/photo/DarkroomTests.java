package jp.musubi.broadcast.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import java.util.stream.StreamSupport;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import jp.musubi.broadcast.Bombs;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.file.FileTypeDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.jpeg.JpegCommentDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DarkroomTests {

	private final Darkroom darkroom = new Darkroom(2048, 480, 60_000_000);

	@TempDir
	Path temp;

	private Path uploads;

	private Path photos;

	@BeforeEach
	void folders() throws IOException {
		this.uploads = Files.createDirectory(this.temp.resolve("uploads"));
		this.photos = Files.createDirectory(this.temp.resolve("photos"));
	}

	@Test
	void phonePhotoComesOutUprightWithoutPositionOrAnyExif() throws Exception {
		Path upload = upload("IMG_0001.jpg", withExif(jpeg(halves(400, 200, Color.RED, Color.BLUE)), 6));
		assertThat(metadata(upload).getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation())
			.as("the sample really carries a position")
			.isNotNull();

		Darkroom.Developed developed = this.darkroom.develop(upload, this.photos);

		BufferedImage display = ImageIO.read(developed.display().toFile());
		assertThat(display.getWidth()).isEqualTo(200);
		assertThat(display.getHeight()).isEqualTo(400);
		assertThat(developed.width()).isEqualTo(200);
		assertThat(developed.height()).isEqualTo(400);
		// Held turned right, the top of the sensor is the right of the scene.
		assertThat(new Color(display.getRGB(190, 200)).getRed()).isGreaterThan(200);
		assertThat(new Color(display.getRGB(10, 200)).getBlue()).isGreaterThan(200);
		for (Path copy : new Path[] { developed.display(), developed.thumbnail() }) {
			assertThat(directoriesOf(copy)).as(copy.getFileName().toString())
				.noneMatch((directory) -> directory instanceof ExifDirectoryBase || directory instanceof GpsDirectory
						|| directory instanceof XmpDirectory || directory instanceof IptcDirectory
						|| directory instanceof JpegCommentDirectory);
		}
	}

	@Test
	void largePhotoIsScaledToTheDisplayAndThumbnailSizes() throws IOException {
		Path upload = upload("landscape.png", png(halves(3000, 1500, Color.GREEN, Color.WHITE)));

		Darkroom.Developed developed = this.darkroom.develop(upload, this.photos);

		assertThat(size(developed.display())).containsExactly(2048, 1024);
		assertThat(size(developed.thumbnail())).containsExactly(480, 240);
		assertThat(developed.display()).hasParent(this.photos);
		assertThat(developed.thumbnail()).hasParent(this.photos);
	}

	@Test
	void veryLargePhotoIsDecodedSmallerAndStillComesOutAtTheLimit() throws IOException {
		Darkroom small = new Darkroom(100, 50, 60_000_000);
		Path upload = upload("big.png", png(halves(1000, 500, Color.GREEN, Color.WHITE)));

		Darkroom.Developed developed = small.develop(upload, this.photos);

		assertThat(size(developed.display())).containsExactly(100, 50);
		assertThat(size(developed.thumbnail())).containsExactly(50, 25);
	}

	@Test
	void smallPhotoIsNeverEnlarged() throws IOException {
		Path upload = upload("small.jpg", jpeg(halves(300, 200, Color.RED, Color.BLUE)));

		Darkroom.Developed developed = this.darkroom.develop(upload, this.photos);

		assertThat(size(developed.display())).containsExactly(300, 200);
		assertThat(size(developed.thumbnail())).containsExactly(300, 200);
	}

	@Test
	void eachUploadGetsItsOwnFiles() throws IOException {
		Path upload = upload("small.jpg", jpeg(halves(300, 200, Color.RED, Color.BLUE)));

		Darkroom.Developed first = this.darkroom.develop(upload, this.photos);
		Darkroom.Developed second = this.darkroom.develop(upload, this.photos);

		assertThat(Arrays.asList(first.display(), first.thumbnail(), second.display(), second.thumbnail()))
			.doesNotHaveDuplicates();
		try (var files = Files.list(this.photos)) {
			assertThat(files).hasSize(4);
		}
	}

	@Test
	void transparentPngIsShownOnWhite() throws IOException {
		BufferedImage logo = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
		Path upload = upload("logo.png", png(logo));

		Darkroom.Developed developed = this.darkroom.develop(upload, this.photos);

		Color corner = new Color(ImageIO.read(developed.display().toFile()).getRGB(50, 50));
		assertThat(Arrays.asList(corner.getRed(), corner.getGreen(), corner.getBlue())).allMatch((c) -> c > 245);
	}

	@Test
	void gifAndWebpAreTaken() throws IOException {
		Path gif = upload("wave.gif", encoded(halves(120, 80, Color.RED, Color.BLUE), "gif"));
		// The smallest lossless WebP, 1x1: no encoder for WebP ships with Java.
		Path webp = upload("dot.webp", Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA=="));

		assertThat(size(this.darkroom.develop(gif, this.photos).display())).containsExactly(120, 80);
		assertThat(size(this.darkroom.develop(webp, this.photos).display())).containsExactly(1, 1);
	}

	@Test
	void emptyFileIsRefused() throws IOException {
		assertRefused(upload("photo.jpg", new byte[0]), "broadcast.photo.error.empty");
	}

	@Test
	void webPageNamedLikeAPhotoIsRefused() throws IOException {
		byte[] page = "<!DOCTYPE html><html><head><title>Photo</title></head><body><p>Hello</p></body></html>"
			.getBytes(StandardCharsets.UTF_8);

		assertRefused(upload("photo.jpg", page), "broadcast.photo.error.type");
	}

	@Test
	void photoCutOffDuringUploadIsRefused() throws IOException {
		byte[] whole = jpeg(noise(400, 300));

		assertRefused(upload("photo.jpg", Arrays.copyOf(whole, whole.length / 2)), "broadcast.photo.error.unreadable");
	}

	@Test
	void decompressionBombIsRefusedBeforeItsPixelsAreRead() throws IOException {
		assertRefused(upload("photo.png", pngHeader(100_000, 100_000)), "broadcast.photo.error.tooLarge");
	}

	@Test
	void aPhotoJustUnderThePixelLimitIsDecodedOnlyAsLargeAsItsCopiesNeed() throws IOException {
		// 7744 × 7744 is 59.97 megapixels: one full-size copy would be 240 MB of heap.
		int side = 7744;
		Path upload = upload("flat.jpg", Bombs.flatJpeg(side, side));
		assertThat(Files.size(upload)).as("a third of a megabyte").isLessThan(400_000);
		this.darkroom.develop(upload("warm-up.jpg", jpeg(halves(300, 200, Color.RED, Color.BLUE))), this.photos);

		long before = allocatedByThisThread();
		Darkroom.Developed developed = this.darkroom.develop(upload, this.photos);
		long allocated = allocatedByThisThread() - before;

		assertThat(size(developed.display())).containsExactly(2048, 2048);
		assertThat(allocated).as("bytes allocated, against one full-size copy of the pixels")
			.isLessThan((long) side * side * 4);
	}

	@Test
	void subsamplingKeepsTheDecodedPictureWithinTwiceTheDisplaySize() {
		assertThat(Darkroom.subsampling(4096, 2048)).isEqualTo(1);
		assertThat(Darkroom.subsampling(4097, 2048)).isEqualTo(2);
		assertThat(Darkroom.subsampling(8191, 2048)).isEqualTo(2);
		assertThat(Darkroom.subsampling(60_000_000, 2048)).isEqualTo(14_649);
	}

	@Test
	void aPngWhoseTextInflatesToTwoGigabytesIsDevelopedWithoutReadingTheText() throws IOException {
		Path upload = upload("text.png", Bombs.pngWithTextOf(2L << 30));
		assertThat(Files.size(upload)).as("about 2 MB on the wire").isLessThan(3_000_000);

		Darkroom.Developed developed = this.darkroom.develop(upload, this.photos);

		assertThat(size(developed.display())).containsExactly(16, 16);
	}

	@Test
	void aProgressiveJpegWithHundredsOfScansIsRefusedBeforeItIsDecoded() throws IOException {
		assertRefused(upload("scans.jpg", Bombs.progressiveJpeg(3000, 3000, 300)),
				"broadcast.photo.error.tooManyScans");
	}

	@Test
	void aProgressiveJpegWhoseCoefficientsWouldFillMemoryIsRefused() throws IOException {
		// A progressive decoder keeps every coefficient: 7744² grey takes 120 MB.
		assertRefused(upload("progressive.jpg", Bombs.progressiveJpeg(7744, 7744, 2)),
				"broadcast.photo.error.progressiveTooLarge");
	}

	@Test
	void anOrdinaryProgressiveJpegIsTaken() throws IOException {
		Path upload = upload("progressive.jpg", Bombs.progressiveJpeg(1200, 800, Darkroom.MAX_SCANS - 1));

		assertThat(size(this.darkroom.develop(upload, this.photos).display())).containsExactly(1200, 800);
	}

	@Test
	void aPhotoThatTakesLongerThanTheDecodeTimeIsRefused() throws IOException {
		Darkroom hurried = new Darkroom(2048, 480, 60_000_000, Duration.ZERO);
		Path upload = upload("photo.jpg", jpeg(halves(300, 200, Color.RED, Color.BLUE)));

		assertThatExceptionOfType(PhotoRefused.class).isThrownBy(() -> hurried.develop(upload, this.photos))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("broadcast.photo.error.tooSlow"));
		assertThat(this.photos).isEmptyDirectory();
	}

	private static long allocatedByThisThread() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
	}

	private void assertRefused(Path upload, String messageKey) {
		assertThatExceptionOfType(PhotoRefused.class).isThrownBy(() -> this.darkroom.develop(upload, this.photos))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo(messageKey));
		assertThat(this.photos).isEmptyDirectory();
	}

	private Path upload(String name, byte[] content) throws IOException {
		return Files.write(this.uploads.resolve(name), content);
	}

	private static BufferedImage halves(int width, int height, Color top, Color bottom) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(top);
		g.fillRect(0, 0, width, height / 2);
		g.setColor(bottom);
		g.fillRect(0, height / 2, width, height - height / 2);
		g.dispose();
		return image;
	}

	/** Noise does not compress, so half the file holds only part of the rows. */
	private static BufferedImage noise(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(7);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, random.nextInt(0x1000000));
			}
		}
		return image;
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		return encoded(image, "jpeg");
	}

	private static byte[] png(BufferedImage image) throws IOException {
		return encoded(image, "png");
	}

	private static byte[] encoded(BufferedImage image, String format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, format, out)).as("a writer for " + format).isTrue();
		return out.toByteArray();
	}

	/** As a phone held turned right writes it: an orientation and where it was taken. */
	private static byte[] withExif(byte[] jpeg, int orientation) throws Exception {
		TiffOutputSet exif = new TiffOutputSet();
		exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
		exif.setGpsInDegrees(138.2529, 36.6513);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ExifRewriter().updateExifMetadataLossless(jpeg, out, exif);
		return out.toByteArray();
	}

	/** A PNG's first chunk, which alone says how many pixels it would decode to. */
	private static byte[] pngHeader(int width, int height) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(bytes);
		out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		DataOutputStream fields = new DataOutputStream(header);
		fields.writeBytes("IHDR");
		fields.writeInt(width);
		fields.writeInt(height);
		fields.write(new byte[] { 8, 2, 0, 0, 0 });
		chunk(out, header.toByteArray());
		chunk(out, "IEND".getBytes(StandardCharsets.US_ASCII));
		return bytes.toByteArray();
	}

	private static void chunk(DataOutputStream out, byte[] typeAndData) throws IOException {
		CRC32 crc = new CRC32();
		crc.update(typeAndData);
		out.writeInt(typeAndData.length - 4);
		out.write(typeAndData);
		out.writeInt((int) crc.getValue());
	}

	private static int[] size(Path file) throws IOException {
		BufferedImage image = ImageIO.read(file.toFile());
		return new int[] { image.getWidth(), image.getHeight() };
	}

	private static Metadata metadata(Path file) throws Exception {
		return ImageMetadataReader.readMetadata(file.toFile());
	}

	private static Iterable<Directory> directoriesOf(Path file) throws Exception {
		Iterable<Directory> directories = metadata(file).getDirectories();
		assertThat(StreamSupport.stream(directories.spliterator(), false)).as("the copy is read at all")
			.anyMatch((directory) -> directory instanceof FileTypeDirectory);
		return directories;
	}

}
