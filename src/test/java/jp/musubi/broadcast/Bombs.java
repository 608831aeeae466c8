package jp.musubi.broadcast;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Files made to exhaust a server that trusts what they say, written byte by byte so that
 * none has to be held in memory the size it pretends: a photo of 60 megapixels in a third
 * of a megabyte, a progressive JPEG with hundreds of scans, a PNG whose text inflates to
 * gigabytes, videos that claim a length they do not have. None is committed: each is made
 * when a test asks for it.
 */
public final class Bombs {

	private static final byte[] MARKER_SOI = { (byte) 0xFF, (byte) 0xD8 };

	private static final byte[] MARKER_EOI = { (byte) 0xFF, (byte) 0xD9 };

	private Bombs() {
	}

	/**
	 * A baseline colour JPEG (4:2:0) of one flat grey: every block says "no change, no
	 * detail" in two bits, so 7744×7744 pixels fit in about 350 KB.
	 */
	public static byte[] flatJpeg(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(MARKER_SOI);
		quantisationTable(out);
		segment(out, 0xC0, frame(width, height, new int[][] { { 1, 0x22 }, { 2, 0x11 }, { 3, 0x11 } }));
		// One code of one bit each: DC "no change", AC "end of block".
		segment(out, 0xC4, new byte[] { 0x00, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00, 0x10, 1, 0, 0, 0, 0,
				0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00 });
		segment(out, 0xDA, new byte[] { 3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0 });
		long units = (long) ((width + 15) / 16) * ((height + 15) / 16);
		// Four luma and two chroma blocks per unit, two zero bits each.
		out.writeBytes(new byte[(int) ((units * 12 + 7) / 8)]);
		out.writeBytes(MARKER_EOI);
		return out.toByteArray();
	}

	/**
	 * A grey progressive JPEG that repeats its first AC scan: each repetition is a few
	 * dozen bytes ("the next 32767 blocks have nothing") that a decoder still walks block
	 * by block over the whole picture.
	 */
	public static byte[] progressiveJpeg(int width, int height, int scans) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(MARKER_SOI);
		quantisationTable(out);
		segment(out, 0xC2, frame(width, height, new int[][] { { 1, 0x11 } }));
		segment(out, 0xC4, new byte[] { 0x00, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00 });
		segment(out, 0xDA, new byte[] { 1, 1, 0x00, 0, 0, 0 });
		long blocks = (long) ((width + 7) / 8) * ((height + 7) / 8);
		out.writeBytes(new byte[(int) ((blocks + 7) / 8)]);
		// Fifteen end-of-band runs, EOB0 to EOB14, four bits each.
		ByteArrayOutputStream table = new ByteArrayOutputStream();
		table.write(0x10);
		table.writeBytes(new byte[] { 0, 0, 0, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 });
		for (int run = 0; run <= 14; run++) {
			table.write(run << 4);
		}
		segment(out, 0xC4, table.toByteArray());
		byte[] scan = endOfBandRuns(blocks);
		for (int i = 0; i < scans; i++) {
			segment(out, 0xDA, new byte[] { 1, 1, 0x00, 1, 63, 0 });
			out.writeBytes(scan);
		}
		out.writeBytes(MARKER_EOI);
		return out.toByteArray();
	}

	/**
	 * A 16×16 PNG with a compressed text chunk (zTXt) that inflates to this many zero
	 * bytes. Deflate shrinks zeros about a thousand times, so 2 GiB take about 2 MB.
	 */
	public static byte[] pngWithTextOf(long inflatedBytes) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			DataOutputStream out = new DataOutputStream(bytes);
			out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
			ByteArrayOutputStream header = new ByteArrayOutputStream();
			DataOutputStream fields = new DataOutputStream(header);
			fields.writeInt(16);
			fields.writeInt(16);
			fields.write(new byte[] { 8, 2, 0, 0, 0 });
			chunk(out, "IHDR", header.toByteArray());
			ByteArrayOutputStream text = new ByteArrayOutputStream();
			text.writeBytes("Comment".getBytes(StandardCharsets.ISO_8859_1));
			text.write(0);
			text.write(0);
			text.writeBytes(zerosDeflated(inflatedBytes));
			chunk(out, "zTXt", text.toByteArray());
			Deflater deflater = new Deflater();
			// A filter byte and 16 grey pixels per row.
			byte[] rows = new byte[16 * (1 + 16 * 3)];
			for (int i = 0; i < rows.length; i++) {
				rows[i] = (i % 49 == 0) ? 0 : (byte) 0x80;
			}
			deflater.setInput(rows);
			deflater.finish();
			byte[] pixels = new byte[1024];
			int length = deflater.deflate(pixels);
			deflater.end();
			byte[] idat = new byte[length];
			System.arraycopy(pixels, 0, idat, 0, length);
			chunk(out, "IDAT", idat);
			chunk(out, "IEND", new byte[0]);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The test video with its container's duration rewritten: Matroska keeps the length
	 * in one float of the segment's info, which players and ffprobe take at its word.
	 */
	public static Path videoClaiming(Duration claimed) {
		Path video = Samples.folder().resolve("claims-" + claimed.toSeconds() + "s.mkv");
		Samples.ffmpeg("-i", Samples.video().toString(), "-c", "copy", video.toString());
		try {
			byte[] bytes = Files.readAllBytes(video);
			// The Duration element (0x4489) with an 8-byte float, in milliseconds (the
			// muxer's timestamp scale).
			int at = indexOf(bytes, new byte[] { 0x44, (byte) 0x89, (byte) 0x88 });
			if (at < 0) {
				throw new IllegalStateException("no 8-byte Duration element in " + video);
			}
			ByteBuffer.wrap(bytes, at + 3, 8).order(ByteOrder.BIG_ENDIAN).putDouble(claimed.toMillis());
			return Files.write(video, bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A video of a few frames of ffmpeg's test picture at this size and rate. */
	public static Path video(int width, int height, int frameRate, int frames) {
		Path video = Samples.folder()
			.resolve("testsrc-" + width + "x" + height + "-" + frameRate + "-" + frames + ".mp4");
		if (!Files.exists(video)) {
			Samples.ffmpeg("-f", "lavfi", "-i", "testsrc2=size=" + width + "x" + height + ":rate=" + frameRate,
					"-frames:v", String.valueOf(frames), "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt",
					"yuv420p", video.toString());
		}
		return video;
	}

	private static void quantisationTable(ByteArrayOutputStream out) {
		byte[] table = new byte[65];
		for (int i = 1; i < table.length; i++) {
			table[i] = 1;
		}
		segment(out, 0xDB, table);
	}

	private static byte[] frame(int width, int height, int[][] components) {
		ByteArrayOutputStream frame = new ByteArrayOutputStream();
		frame.write(8);
		frame.write(height >> 8);
		frame.write(height);
		frame.write(width >> 8);
		frame.write(width);
		frame.write(components.length);
		for (int[] component : components) {
			frame.write(component[0]);
			frame.write(component[1]);
			frame.write(0);
		}
		return frame.toByteArray();
	}

	private static void segment(ByteArrayOutputStream out, int marker, byte[] content) {
		out.write(0xFF);
		out.write(marker);
		out.write((content.length + 2) >> 8);
		out.write(content.length + 2);
		out.writeBytes(content);
	}

	/** End-of-band runs over every block: a four-bit code, then the run's low bits. */
	private static byte[] endOfBandRuns(long blocks) {
		Bits bits = new Bits();
		long left = blocks;
		while (left > 0) {
			int r = Math.min(14, 63 - Long.numberOfLeadingZeros(left));
			long run = Math.min(left, (1L << (r + 1)) - 1);
			bits.write(r, 4);
			bits.write(run - (1L << r), r);
			left -= run;
		}
		return bits.padded();
	}

	private static byte[] zerosDeflated(long count) {
		int block = 1 << 20;
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
		deflater.setInput(new byte[block]);
		byte[] buffer = new byte[64 * 1024];
		int length = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
		deflater.end();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		// The zlib header, then the same byte-aligned blocks again and again: what they
		// refer back to is zeros in every copy.
		out.write(0x78);
		out.write(0xDA);
		for (long i = 0; i < count / block; i++) {
			out.write(buffer, 0, length);
		}
		// A last, empty block with fixed codes.
		out.write(0x03);
		out.write(0x00);
		long adler = ((count % 65521) << 16) | 1;
		out.write((int) (adler >>> 24));
		out.write((int) (adler >>> 16));
		out.write((int) (adler >>> 8));
		out.write((int) adler);
		return out.toByteArray();
	}

	private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeInt(data.length);
		out.write(typeBytes);
		out.write(data);
		out.writeInt((int) crc.getValue());
	}

	private static int indexOf(byte[] bytes, byte[] pattern) {
		outer: for (int i = 0; i <= bytes.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (bytes[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/** Entropy-coded bits: most significant first, 0xFF followed by a stuffed zero. */
	private static final class Bits {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		private int current;

		private int count;

		void write(long value, int length) {
			for (int i = length - 1; i >= 0; i--) {
				this.current = (this.current << 1) | (int) ((value >> i) & 1);
				if (++this.count == 8) {
					flush();
				}
			}
		}

		byte[] padded() {
			while (this.count != 0) {
				write(1, 1);
			}
			return this.out.toByteArray();
		}

		private void flush() {
			this.out.write(this.current);
			if (this.current == 0xFF) {
				this.out.write(0);
			}
			this.current = 0;
			this.count = 0;
		}

	}

}
