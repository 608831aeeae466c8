package jp.musubi.broadcast.photo;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a JPEG is built, read from its markers without decoding a pixel: whether it is
 * progressive, how many scans it has and how much memory its decoder must hold. A
 * progressive JPEG is decoded by keeping every coefficient of the whole picture (two
 * bytes each, in the decoder's native memory, out of the Java heap's sight) and walking
 * all of them once per scan, so a picture a few hundred kilobytes long can hold memory
 * and a core for minutes. A baseline JPEG is decoded a row of blocks at a time.
 */
record JpegLayout(boolean progressive, int scans, long coefficientBytes) {

	private static final int SOI = 0xD8;

	private static final int EOI = 0xD9;

	private static final int SOS = 0xDA;

	/**
	 * Reads the markers up to the end of the picture. Entropy-coded data is skipped byte
	 * by byte, which for the largest photo taken (20 MB) is a fraction of a second.
	 * @throws IOException when the file is not a JPEG or ends before its frame
	 */
	static JpegLayout of(Path file) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
			if (in.read() != 0xFF || in.read() != SOI) {
				throw new IOException("not a JPEG");
			}
			boolean progressive = false;
			long coefficients = -1;
			int scans = 0;
			int marker = nextMarker(in);
			while (marker != EOI && marker != -1) {
				if (marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
					marker = nextMarker(in);
					continue;
				}
				int length = (in.read() << 8) | in.read();
				if (length < 2) {
					throw new IOException("a marker segment shorter than its own length");
				}
				if (isFrame(marker)) {
					byte[] frame = in.readNBytes(length - 2);
					coefficients = coefficientBytes(frame);
					progressive = marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE;
				}
				else {
					skip(in, length - 2);
				}
				if (marker == SOS) {
					scans++;
					marker = afterEntropyCodedData(in);
				}
				else {
					marker = nextMarker(in);
				}
			}
			if (coefficients < 0) {
				throw new IOException("no frame header");
			}
			return new JpegLayout(progressive, scans, coefficients);
		}
	}

	/** SOF0 to SOF15 but DHT (C4), JPG (C8) and DAC (CC), which share the range. */
	private static boolean isFrame(int marker) {
		return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
	}

	/**
	 * What a whole-picture coefficient buffer takes: every component padded to whole
	 * blocks at its own sampling, 64 coefficients of two bytes per block.
	 */
	private static long coefficientBytes(byte[] frame) throws IOException {
		if (frame.length < 6) {
			throw new IOException("a frame header too short");
		}
		long height = ((frame[1] & 0xFF) << 8) | (frame[2] & 0xFF);
		long width = ((frame[3] & 0xFF) << 8) | (frame[4] & 0xFF);
		int components = frame[5] & 0xFF;
		if (frame.length < 6 + 3 * components || components == 0) {
			throw new IOException("a frame header without its components");
		}
		int maxH = 1;
		int maxV = 1;
		for (int c = 0; c < components; c++) {
			int sampling = frame[7 + 3 * c] & 0xFF;
			maxH = Math.max(maxH, Math.max(1, sampling >> 4));
			maxV = Math.max(maxV, Math.max(1, sampling & 0x0F));
		}
		long bytes = 0;
		for (int c = 0; c < components; c++) {
			int sampling = frame[7 + 3 * c] & 0xFF;
			long columns = ceilDiv(ceilDiv(width * Math.max(1, sampling >> 4), maxH), 8);
			long rows = ceilDiv(ceilDiv(height * Math.max(1, sampling & 0x0F), maxV), 8);
			bytes += columns * rows * 64 * 2;
		}
		return bytes;
	}

	private static long ceilDiv(long a, long b) {
		return (a + b - 1) / b;
	}

	/**
	 * Skips a scan's data up to the marker after it: within the data, 0xFF is followed by
	 * a stuffed zero or a restart marker, anything else ends it.
	 */
	private static int afterEntropyCodedData(InputStream in) throws IOException {
		int previous = 0;
		int current;
		while ((current = in.read()) != -1) {
			if (previous == 0xFF && current != 0 && current != 0xFF && (current < 0xD0 || current > 0xD7)) {
				return current;
			}
			previous = current;
		}
		return -1;
	}

	private static int nextMarker(InputStream in) throws IOException {
		int current = in.read();
		while (current != -1 && current != 0xFF) {
			// Stray bytes between segments, as some cameras write them.
			current = in.read();
		}
		while (current == 0xFF) {
			current = in.read();
		}
		return current;
	}

	private static void skip(InputStream in, long count) throws IOException {
		long left = count;
		while (left > 0) {
			long skipped = in.skip(left);
			if (skipped <= 0) {
				if (in.read() == -1) {
					throw new EOFException();
				}
				skipped = 1;
			}
			left -= skipped;
		}
	}

}
