package jp.musubi.work.upload;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

import jp.musubi.platform.storage.FileStorage;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.UnusableCharacter;
import jp.musubi.work.WorkProperties;
import org.apache.tika.Tika;

import org.springframework.stereotype.Service;

/**
 * Files members and clients upload: specifications, samples, deliverables. What a file is
 * comes from its content (Apache Tika reads the first bytes), never from its name, so a
 * program named {@code invoice.pdf} is refused. Only kinds of files that work is
 * delivered in are taken; an empty file or one over the limit is refused, and nothing of
 * a refused file stays behind.
 */
@Service
public class Uploads {

	/**
	 * What work is delivered in, by detected type; the value is the extension people
	 * expect.
	 */
	private static final Map<String, String> ACCEPTED = Map.ofEntries(Map.entry("application/pdf", "pdf"),
			Map.entry("image/png", "png"), Map.entry("image/jpeg", "jpg"), Map.entry("image/gif", "gif"),
			Map.entry("image/webp", "webp"), Map.entry("text/plain", "txt"), Map.entry("text/csv", "csv"),
			Map.entry("application/zip", "zip"),
			Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
			Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
			Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
			Map.entry("application/x-tika-ooxml", "docx"), Map.entry("application/vnd.oasis.opendocument.text", "odt"),
			Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"), Map.entry("audio/mpeg", "mp3"),
			Map.entry("video/mp4", "mp4"));

	private static final Set<String> TEXT_TYPES = Set.of("text/plain", "text/csv");

	private static final int NAME_LIMIT = 200;

	private final FileStorage storage;

	private final WorkProperties properties;

	private final Tika tika = new Tika();

	Uploads(FileStorage storage, WorkProperties properties) {
		this.storage = storage;
		this.properties = properties;
	}

	/**
	 * Checks and stores an uploaded file in the given storage area.
	 * @throws Refused with the message key saying why
	 */
	public StoredUpload store(String area, IncomingFile file) {
		if (file == null || file.isEmpty()) {
			throw new Refused("work.upload.error.empty");
		}
		long limit = this.properties.maxUploadSize().toBytes();
		if (file.size() > limit) {
			throw new Refused("work.upload.error.tooLarge");
		}
		String name = safeName(file.name());
		try (InputStream in = new BufferedInputStream(file.content().getInputStream())) {
			in.mark(64 * 1024);
			String detected = this.tika.detect(in, name);
			in.reset();
			String type = TEXT_TYPES.contains(baseType(detected)) ? baseType(detected) : detected;
			if (!ACCEPTED.containsKey(type)) {
				throw new Refused("work.upload.error.type");
			}
			FileStorage.StoredFile stored = this.storage.store(area, in, limit);
			return new StoredUpload(stored.key(), name, type, stored.size(), stored.sha256());
		}
		catch (FileStorage.TooLarge ex) {
			throw new Refused("work.upload.error.tooLarge");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The content of a stored upload, to send back to someone allowed to see it. */
	public InputStream open(String key) {
		return this.storage.open(key).orElseThrow(() -> new Refused("work.upload.error.gone"));
	}

	public void delete(String key) {
		this.storage.delete(key);
	}

	/**
	 * Only the last part of the name, without the characters that file systems refuse and
	 * those that cannot be shown honestly ("invoice" U+202E "fdp.exe" would read as
	 * "invoiceexe.pdf" on the page), not too long.
	 */
	static String safeName(String original) {
		String name = JapaneseText.normalize((original == null) ? "" : original);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = UnusableCharacter.replaceIn(name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_"), "_").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			name = "file";
		}
		return (name.length() > NAME_LIMIT) ? name.substring(name.length() - NAME_LIMIT) : name;
	}

	private static String baseType(String type) {
		int semicolon = type.indexOf(';');
		return (semicolon < 0) ? type : type.substring(0, semicolon).strip();
	}

	/** The file was not taken. */
	public static class Refused extends RuntimeException {

		private final String messageKey;

		public Refused(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
