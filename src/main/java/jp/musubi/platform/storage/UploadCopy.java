package jp.musubi.platform.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jp.musubi.platform.storage.FileStorage.TooLarge;

/**
 * An upload written to a file on local disk as it arrives, counted against the caller's
 * limit and digested on the way, so neither store holds a large upload in memory and the
 * S3 store learns the length it must announce before sending.
 */
final class UploadCopy {

	private UploadCopy() {
	}

	/**
	 * @throws TooLarge when more than {@code maxBytes} arrive; the caller removes the
	 * partial file
	 */
	static Copied copy(InputStream content, Path target, long maxBytes) throws IOException {
		MessageDigest sha256 = sha256();
		try (InputStream in = new LimitedInputStream(new DigestInputStream(content, sha256), maxBytes)) {
			long size = Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			return new Copied(size, HexFormat.of().formatHex(sha256.digest()));
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// the upload failed already; that failure is the one to report
		}
	}

	record Copied(long size, String sha256) {

	}

	private static final class LimitedInputStream extends FilterInputStream {

		private final long max;

		private long count;

		LimitedInputStream(InputStream in, long max) {
			super(in);
			this.max = max;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(long n) {
			this.count += n;
			if (this.count > this.max) {
				throw new TooLarge(this.max);
			}
		}

	}

}
