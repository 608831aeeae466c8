package jp.musubi.platform.storage;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one grammar of storage keys, for every kind of store. A key is a module's area, an
 * identifier the platform made, and for a folder of outputs (the renditions and segments
 * of a broadcast) names below it. No part may be empty, start with a dot or hold a
 * separator, so no key can climb out of the storage folder or the bucket's prefix,
 * whatever a caller composed.
 */
final class StorageKey {

	private static final String AREA = "[a-z][a-z0-9-]{0,30}";

	private static final Pattern AREA_PATTERN = Pattern.compile(AREA);

	private static final Pattern KEY = Pattern.compile(AREA + "/[0-9a-f-]{36}(/[A-Za-z0-9_-][A-Za-z0-9_.-]{0,63})*");

	/** S3's limit on a key, in bytes; the grammar admits only ASCII, so characters. */
	private static final int MAX_LENGTH = 1024;

	private StorageKey() {
	}

	/** A new key {@code area/uuid} in the area, for a file or a folder. */
	static String newKey(String area) {
		if (area == null || !AREA_PATTERN.matcher(area).matches()) {
			throw new IllegalArgumentException("Not a storage area: " + area);
		}
		return area + "/" + UUID.randomUUID();
	}

	/**
	 * The key itself when it follows the grammar.
	 * @throws IllegalArgumentException otherwise
	 */
	static String check(String key) {
		if (key == null || key.length() > MAX_LENGTH || !KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return key;
	}

}
