package jp.musubi.platform.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import jp.musubi.platform.storage.FileStorage.StoredFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FileStorageTests {

	@TempDir
	Path root;

	@Test
	void storesUnderAKeyOfItsOwnAndReadsItBack() throws IOException {
		FileStorage storage = storage();
		StoredFile stored = storage.store("deliverables", text("データ入力の成果物"), 1024);
		assertThat(stored.key()).matches("deliverables/[0-9a-f-]{36}");
		assertThat(stored.size()).isEqualTo("データ入力の成果物".getBytes(StandardCharsets.UTF_8).length);
		assertThat(stored.sha256()).hasSize(64);
		try (InputStream in = storage.open(stored.key()).orElseThrow()) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("データ入力の成果物");
		}
	}

	@Test
	void tooLargeAnUploadLeavesNothingBehind() throws IOException {
		FileStorage storage = storage();
		assertThatExceptionOfType(FileStorage.TooLarge.class)
			.isThrownBy(() -> storage.store("deliverables", new ByteArrayInputStream(new byte[2048]), 1024));
		try (Stream<Path> files = Files.walk(this.root)) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
	}

	@Test
	void keysThatWouldLeaveTheFolderAreRefused() {
		FileStorage storage = storage();
		assertThatIllegalArgumentException().isThrownBy(() -> storage.open("../../etc/passwd"));
		assertThatIllegalArgumentException().isThrownBy(() -> storage.open("deliverables/../../x"));
		assertThatIllegalArgumentException().isThrownBy(() -> storage.store("../up", text("x"), 10));
	}

	@Test
	void deletedFilesAreGone() {
		FileStorage storage = storage();
		StoredFile stored = storage.store("photos", text("x"), 10);
		storage.delete(stored.key());
		assertThat(storage.exists(stored.key())).isFalse();
		assertThat(storage.open(stored.key())).isEmpty();
	}

	private FileStorage storage() {
		return new FileStorage(this.root);
	}

	private static InputStream text(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
