package jp.musubi.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Files people upload, in a folder on local disk (the embedded default). Every file gets
 * a key made here ({@code <area>/<uuid>}); the name the user sent is metadata for the
 * module that keeps it, never part of a path. Files are written to a temporary name and
 * moved into place, so a reader never sees half a file, and streamed, so a large one
 * never fills memory.
 */
@Service
public class FileStorage {

	private static final Pattern AREA = Pattern.compile("[a-z][a-z0-9-]{0,30}");

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,30}/[0-9a-f-]{36}");

	private final Path root;

	FileStorage(@Value("${musubi.storage.directory}") Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/**
	 * Stores the content under a new key in the given area (a module's own word, such as
	 * {@code deliverables}) and reports its size and SHA-256.
	 * @throws TooLarge when more than {@code maxBytes} arrive; nothing is kept then
	 */
	public StoredFile store(String area, InputStream content, long maxBytes) {
		if (!AREA.matcher(area).matches()) {
			throw new IllegalArgumentException("Not a storage area: " + area);
		}
		String key = area + "/" + UUID.randomUUID();
		Path target = resolve(key);
		Path partial = target.resolveSibling(target.getFileName() + ".part");
		MessageDigest sha256 = sha256();
		try {
			Files.createDirectories(target.getParent());
			long size;
			try (InputStream in = new LimitedInputStream(new DigestInputStream(content, sha256), maxBytes)) {
				size = Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
			}
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			return new StoredFile(key, size, HexFormat.of().formatHex(sha256.digest()));
		}
		catch (TooLarge ex) {
			deleteQuietly(partial);
			throw ex;
		}
		catch (IOException ex) {
			deleteQuietly(partial);
			throw new UncheckedIOException(ex);
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

	/** The content stored under the key, if there is any. */
	public Optional<InputStream> open(String key) {
		Path path = resolve(key);
		if (!Files.isRegularFile(path)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Files.newInputStream(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public boolean exists(String key) {
		return Files.isRegularFile(resolve(key));
	}

	public void delete(String key) {
		try {
			Files.deleteIfExists(resolve(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path resolve(String key) {
		if (key == null || !KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		Path path = this.root.resolve(key).normalize();
		if (!path.startsWith(this.root)) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return path;
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// the upload failed already; a stray partial file is cleaned with the next
			// attempt
		}
	}

	/** What was stored. */
	public record StoredFile(String key, long size, String sha256) {

	}

	/** The upload was larger than the caller allows. */
	public static class TooLarge extends RuntimeException {

		TooLarge(long maxBytes) {
			super("More than " + maxBytes + " bytes");
		}

	}

	private static final class LimitedInputStream extends java.io.FilterInputStream {

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
