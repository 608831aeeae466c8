package jp.musubi.platform.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StorageKeyTests {

	private static final String FOLDER = "broadcasts/0b7f3d2e-5c1a-4e8b-9f00-3a2b1c0d9e8f";

	@Test
	void aNewKeyIsTheAreaAndAUuid() {
		assertThat(StorageKey.newKey("deliverables"))
			.matches("deliverables/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
	}

	@ParameterizedTest
	@ValueSource(strings = { FOLDER, FOLDER + "/master.m3u8", FOLDER + "/720p/segment-00001.ts",
			FOLDER + "/720p/index.m3u8.tmp", FOLDER + "/_thumbs/poster_1.jpg", FOLDER + "/a..b" })
	void keysInTheGrammarAreAccepted(String key) {
		assertThat(StorageKey.check(key)).isEqualTo(key);
	}

	@ParameterizedTest
	@ValueSource(strings = { "../" + FOLDER, FOLDER + "/..", FOLDER + "/../x", FOLDER + "/.", FOLDER + "/./x",
			FOLDER + "/%2e%2e/x", FOLDER + "/%2E%2E", FOLDER + "/..%2f..%2fetc", "/" + FOLDER, "/etc/passwd",
			"C:\\musubi\\" + FOLDER, FOLDER + "\\..\\x", FOLDER + "/a\\b", FOLDER + "//x", FOLDER + "/", FOLDER + "/x/",
			"/", "", " ", FOLDER + "/.hidden", FOLDER + "/a b", FOLDER + "/a\0b", FOLDER + "/日本語",
			"Broadcasts/0b7f3d2e-5c1a-4e8b-9f00-3a2b1c0d9e8f", "broadcasts/not-a-uuid", "broadcasts",
			"broadcasts/0b7f3d2e-5c1a-4e8b-9f00-3a2b1c0d9e8f0" })
	void keysOutsideTheGrammarAreRefused(String key) {
		assertThatIllegalArgumentException().isThrownBy(() -> StorageKey.check(key));
	}

	@Test
	void aMissingKeyIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> StorageKey.check(null));
		assertThatIllegalArgumentException().isThrownBy(() -> StorageKey.newKey(null));
	}

	@Test
	void overlongPartsAndKeysAreRefused() {
		assertThat(StorageKey.check(FOLDER + "/" + "a".repeat(64))).isNotNull();
		assertThatIllegalArgumentException().isThrownBy(() -> StorageKey.check(FOLDER + "/" + "a".repeat(65)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StorageKey.check(FOLDER + ("/" + "a".repeat(63)).repeat(16)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Photos", "photos/x", "../photos", "1photos", "photos_2",
			"a-very-long-area-name-over-thirty-one" })
	void areasOutsideTheGrammarAreRefused(String area) {
		assertThatIllegalArgumentException().isThrownBy(() -> StorageKey.newKey(area));
	}

}
