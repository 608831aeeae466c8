package jp.musubi.platform.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FileStorageOnLocalDiskTests extends FileStorageContract {

	@TempDir
	Path root;

	private LocalFileStorage storage;

	@BeforeEach
	void emptyFolder() {
		this.storage = new LocalFileStorage(this.root);
	}

	@Override
	FileStorage storage() {
		return this.storage;
	}

	@Override
	List<String> everythingKept() throws IOException {
		try (Stream<Path> files = Files.walk(this.root)) {
			return files.filter(Files::isRegularFile)
				.map((file) -> this.root.relativize(file).toString().replace('\\', '/'))
				.toList();
		}
	}

	@Test
	void theLocalPathIsTheFileHoldingTheContent() throws IOException {
		String key = this.storage.newFolder("broadcasts") + "/master.m3u8";
		this.storage.put(key, bytes("#EXTM3U\n"));

		Path file = this.storage.localPath(key).orElseThrow();

		assertThat(file).startsWith(this.root.toAbsolutePath());
		assertThat(Files.readAllBytes(file)).isEqualTo(bytes("#EXTM3U\n"));
	}

}
