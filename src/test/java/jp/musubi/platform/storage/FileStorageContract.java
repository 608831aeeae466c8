package jp.musubi.platform.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import jp.musubi.platform.storage.FileStorage.StoredContent;
import jp.musubi.platform.storage.FileStorage.StoredFile;
import jp.musubi.platform.storage.FileStorage.TooLarge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What every store promises its callers, run against each kind by a subclass, so a module
 * behaves the same on one node with a folder as on several with a bucket.
 */
abstract class FileStorageContract {

	private static final String UUID = "0b7f3d2e-5c1a-4e8b-9f00-3a2b1c0d9e8f";

	@TempDir
	Path work;

	/** The store under test, empty at the start of each test. */
	abstract FileStorage storage();

	/** Every key or file the store holds now, temporary ones included. */
	abstract List<String> everythingKept() throws IOException;

	@Test
	void storesUnderAKeyOfItsOwnAndReadsItBack() throws IOException {
		StoredFile stored = storage().store("deliverables", text("データ入力の成果物"), 1024);

		byte[] expected = "データ入力の成果物".getBytes(StandardCharsets.UTF_8);
		assertThat(stored.key()).matches("deliverables/[0-9a-f-]{36}");
		assertThat(stored.size()).isEqualTo(expected.length);
		assertThat(stored.sha256()).isEqualTo(sha256(expected));
		assertThat(storage().exists(stored.key())).isTrue();
		assertThat(contentOf(stored.key())).isEqualTo(expected);
		try (InputStream in = storage().open(stored.key()).orElseThrow()) {
			assertThat(in.readAllBytes()).isEqualTo(expected);
		}
	}

	@Test
	void aLargeUploadArrivesWhole() throws IOException {
		byte[] video = new byte[3 * 1024 * 1024 + 17];
		new Random(7).nextBytes(video);

		StoredFile stored = storage().store("videos", new ByteArrayInputStream(video), video.length);

		assertThat(stored.size()).isEqualTo(video.length);
		assertThat(stored.sha256()).isEqualTo(sha256(video));
		assertThat(contentOf(stored.key())).isEqualTo(video);
	}

	@Test
	void anUploadOverTheLimitIsRefusedAndLeavesNothingBehind() throws IOException {
		assertThatExceptionOfType(TooLarge.class)
			.isThrownBy(() -> storage().store("deliverables", new ByteArrayInputStream(new byte[2048]), 1024));

		assertThat(everythingKept()).isEmpty();
	}

	@Test
	void filesPutUnderAFolderAreReadBackByTheirKeys() throws IOException {
		String folder = storage().newFolder("broadcasts");
		Path segment = Files.write(this.work.resolve("segment.ts"), new byte[] { 0x47, 0x40, 0x11, 0x10 });

		storage().put(folder + "/720p/segment-00001.ts", segment);
		storage().put(folder + "/master.m3u8", bytes("#EXTM3U\n"));

		assertThat(contentOf(folder + "/720p/segment-00001.ts")).containsExactly(0x47, 0x40, 0x11, 0x10);
		assertThat(contentOf(folder + "/master.m3u8")).isEqualTo(bytes("#EXTM3U\n"));
		assertThat(storage().exists(folder + "/720p/segment-00001.ts")).isTrue();
	}

	@Test
	void puttingAgainReplacesTheContent() throws IOException {
		String playlist = storage().newFolder("broadcasts") + "/live/index.m3u8";

		storage().put(playlist, bytes("#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:1\n"));
		storage().put(playlist, bytes("#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:2\n"));

		assertThat(contentOf(playlist)).isEqualTo(bytes("#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:2\n"));
		assertThat(everythingKept()).containsExactly(playlist);
	}

	@Test
	void deletingAFolderRemovesEverythingUnderItAndNothingElse() throws IOException {
		String folder = storage().newFolder("broadcasts");
		String other = storage().newFolder("broadcasts");
		storage().put(folder + "/master.m3u8", bytes("master"));
		storage().put(folder + "/720p/index.m3u8", bytes("720p"));
		storage().put(folder + "/720p/segment-00001.ts", bytes("segment"));
		storage().put(folder + "/720p-low/segment-00001.ts", bytes("low"));
		storage().put(other + "/master.m3u8", bytes("other"));

		storage().deleteFolder(folder + "/720p");

		assertThat(everythingKept()).containsExactlyInAnyOrder(folder + "/master.m3u8",
				folder + "/720p-low/segment-00001.ts", other + "/master.m3u8");

		storage().deleteFolder(folder);

		assertThat(everythingKept()).containsExactly(other + "/master.m3u8");
	}

	@Test
	void deletingAFolderThatIsAFileDeletesTheFile() throws IOException {
		StoredFile stored = storage().store("photos", text("x"), 10);

		storage().deleteFolder(stored.key());

		assertThat(storage().exists(stored.key())).isFalse();
		assertThat(everythingKept()).isEmpty();
	}

	@Test
	void deletedFilesAreGone() {
		StoredFile stored = storage().store("photos", text("x"), 10);

		storage().delete(stored.key());

		assertThat(storage().exists(stored.key())).isFalse();
		assertThat(storage().open(stored.key())).isEmpty();
	}

	@Test
	void aMissingKeyHasNoContent() {
		String key = storage().newFolder("photos");

		assertThat(storage().read(key)).isEmpty();
		assertThat(storage().read(key + "/720p/index.m3u8")).isEmpty();
		assertThat(storage().open(key)).isEmpty();
		assertThat(storage().exists(key)).isFalse();
		assertThat(storage().localPath(key)).isEmpty();
		storage().delete(key);
		storage().deleteFolder(key);
	}

	@Test
	void aNewFolderIsTheAreaAndAFreshIdentifier() {
		assertThat(storage().newFolder("broadcasts")).matches("broadcasts/[0-9a-f-]{36}")
			.isNotEqualTo(storage().newFolder("broadcasts"));
	}

	@ParameterizedTest
	@MethodSource("keysOutsideTheGrammar")
	void keysOutsideTheGrammarAreRefusedByEveryOperation(String key) throws IOException {
		Path file = Files.write(this.work.resolve("x"), bytes("x"));

		assertThatIllegalArgumentException().isThrownBy(() -> storage().read(key));
		assertThatIllegalArgumentException().isThrownBy(() -> storage().open(key));
		assertThatIllegalArgumentException().isThrownBy(() -> storage().exists(key));
		assertThatIllegalArgumentException().isThrownBy(() -> storage().delete(key));
		assertThatIllegalArgumentException().isThrownBy(() -> storage().deleteFolder(key));
		assertThatIllegalArgumentException().isThrownBy(() -> storage().put(key, bytes("x")));
		assertThatIllegalArgumentException().isThrownBy(() -> storage().put(key, file));
		assertThatIllegalArgumentException().isThrownBy(() -> storage().localPath(key));
		assertThat(everythingKept()).isEmpty();
	}

	static Stream<String> keysOutsideTheGrammar() {
		return Stream.of("../../etc/passwd", "photos/../../x", "photos/" + UUID + "/../../../etc/passwd",
				"photos/" + UUID + "/%2e%2e/x", "photos/%2e%2e/" + UUID, "/etc/passwd", "/photos/" + UUID,
				"photos\\" + UUID, "photos/" + UUID + "/a\\..\\..\\x", "photos/" + UUID + "//x", "photos/" + UUID + "/",
				"photos/" + UUID + "/./x", "photos/" + UUID + "/..", "photos/" + UUID + "/.hidden", "", "photos",
				"Photos/" + UUID);
	}

	@Test
	void areasOutsideTheGrammarAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> storage().store("../up", text("x"), 10));
		assertThatIllegalArgumentException().isThrownBy(() -> storage().newFolder("Photos"));
		assertThatIllegalArgumentException().isThrownBy(() -> storage().newFolder("photos/x"));
		assertThatIllegalArgumentException().isThrownBy(() -> storage().newFolder(""));
	}

	private byte[] contentOf(String key) throws IOException {
		StoredContent content = storage().read(key).orElseThrow();
		try (InputStream in = content.stream()) {
			byte[] bytes = in.readAllBytes();
			assertThat(content.length()).isEqualTo(bytes.length);
			return bytes;
		}
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static InputStream text(String text) {
		return new ByteArrayInputStream(bytes(text));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
