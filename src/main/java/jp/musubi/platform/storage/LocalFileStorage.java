package jp.musubi.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The store in a folder on local disk: the embedded default, and enough for one node.
 * Keys are paths below the folder. Content is written to a hidden temporary name beside
 * its target and moved into place, so a reader never sees half a file, and a playlist
 * rewritten while players fetch it is always whole.
 */
class LocalFileStorage implements FileStorage {

	private final Path root;

	LocalFileStorage(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public StoredFile store(String area, InputStream content, long maxBytes) {
		String key = StorageKey.newKey(area);
		Path target = resolve(key);
		Path partial = partialFor(target);
		try {
			Files.createDirectories(target.getParent());
			UploadCopy.Copied copied = UploadCopy.copy(content, partial, maxBytes);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			return new StoredFile(key, copied.size(), copied.sha256());
		}
		catch (TooLarge ex) {
			UploadCopy.deleteQuietly(partial);
			throw ex;
		}
		catch (IOException ex) {
			UploadCopy.deleteQuietly(partial);
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void put(String key, Path file) {
		Path target = resolve(key);
		Path partial = partialFor(target);
		try {
			Files.createDirectories(target.getParent());
			Files.copy(file, partial);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			UploadCopy.deleteQuietly(partial);
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void put(String key, byte[] content) {
		Path target = resolve(key);
		Path partial = partialFor(target);
		try {
			Files.createDirectories(target.getParent());
			Files.write(partial, content);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			UploadCopy.deleteQuietly(partial);
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A name no key can have (a key's parts never start with a dot) and no other writer
	 * of the same key uses, so two writers never interleave in one file.
	 */
	private static Path partialFor(Path target) {
		return target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
	}

	@Override
	public Optional<StoredContent> read(String key) {
		Path path = resolve(key);
		if (!Files.isRegularFile(path)) {
			return Optional.empty();
		}
		try {
			InputStream stream = Files.newInputStream(path);
			return Optional.of(new StoredContent(Files.size(path), stream));
		}
		catch (NoSuchFileException ex) {
			// deleted between the look and the opening
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public boolean exists(String key) {
		return Files.isRegularFile(resolve(key));
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(resolve(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void deleteFolder(String folder) {
		Path path = resolve(folder);
		if (!Files.isDirectory(path)) {
			delete(folder);
			return;
		}
		List<Path> deepestFirst;
		try (Stream<Path> paths = Files.walk(path)) {
			deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (Path each : deepestFirst) {
			try {
				Files.deleteIfExists(each);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	@Override
	public Optional<Path> localPath(String key) {
		Path path = resolve(key);
		return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
	}

	private Path resolve(String key) {
		Path path = this.root.resolve(StorageKey.check(key)).normalize();
		// the grammar forbids leaving the folder already; this holds if it is loosened
		if (!path.startsWith(this.root)) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return path;
	}

}
