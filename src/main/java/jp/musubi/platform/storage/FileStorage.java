package jp.musubi.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Files people upload and media the platform makes from them, under keys the platform
 * chooses ({@code <area>/<uuid>}, and names below that for a folder of outputs such as a
 * broadcast's HLS segments). The name a user sent is metadata for the module that keeps
 * it, never part of a key. One node keeps them in a local folder; several nodes share an
 * S3-compatible bucket ({@code musubi.storage.type}).
 */
public interface FileStorage {

	/**
	 * Stores the content under a new key in the given area (a module's own word, such as
	 * {@code deliverables}) and reports its size and SHA-256. The content is streamed,
	 * never held in memory whole, and readers never see half of it.
	 * @throws TooLarge when more than {@code maxBytes} arrive; nothing is kept then
	 */
	StoredFile store(String area, InputStream content, long maxBytes);

	/**
	 * A new folder key ({@code area/uuid}) under which the caller puts several files by
	 * name ({@code area/uuid/720p/segment-0001.ts}). Nothing is written yet.
	 */
	default String newFolder(String area) {
		return StorageKey.newKey(area);
	}

	/** Stores a local file's content under the key, replacing what was there. */
	void put(String key, Path file);

	/**
	 * Stores small content (a playlist, a live segment) under the key, replacing what was
	 * there.
	 */
	void put(String key, byte[] content);

	/** The content stored under the key and its length, if there is any. */
	Optional<StoredContent> read(String key);

	/** The content stored under the key, if there is any. */
	default Optional<InputStream> open(String key) {
		return read(key).map(StoredContent::stream);
	}

	/** The content stored under the key as UTF-8 text (a playlist), if there is any. */
	default Optional<String> readText(String key) {
		return read(key).map((stored) -> {
			try (InputStream in = stored.stream()) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	boolean exists(String key);

	void delete(String key);

	/**
	 * Deletes every key under {@code folder/}, and the folder's own key if it is a file.
	 */
	void deleteFolder(String folder);

	/**
	 * The file on this machine's disk that holds the key's content, when the store is a
	 * local folder and the key has content, so the web layer can send it without copying
	 * it through the heap; empty for a remote store.
	 */
	Optional<Path> localPath(String key);

	/** What was stored. */
	record StoredFile(String key, long size, String sha256) {

	}

	/** Stored content to read; the caller closes the stream. */
	record StoredContent(long length, InputStream stream) {

	}

	/** The upload was larger than the caller allows. */
	class TooLarge extends RuntimeException {

		TooLarge(long maxBytes) {
			super("More than " + maxBytes + " bytes");
		}

	}

}
