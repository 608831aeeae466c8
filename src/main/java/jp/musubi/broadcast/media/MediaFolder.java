package jp.musubi.broadcast.media;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where a media item's files are: {@code broadcast/<uuid>} in media storage, served under
 * {@code /broadcast/hls/<uuid>/}. Names inside are made by us or checked against a narrow
 * pattern, so no name from outside reaches a path.
 */
public record MediaFolder(UUID id) {

	public static final String PUBLIC_PATH = "/broadcast/hls/";

	static final String AREA = "broadcast";

	private static final Pattern FILE = Pattern
		.compile("(?:[A-Za-z0-9_-]{1,32}/)?[A-Za-z0-9_-]{1,64}\\.(?:m3u8|ts|m4s|mp4|jpg)");

	/** The folder of a storage key such as {@code broadcast/<uuid>}. */
	public static MediaFolder of(String storageFolder) {
		if (storageFolder == null || !storageFolder.startsWith(AREA + "/")) {
			throw new IllegalArgumentException("Not a media folder: " + storageFolder);
		}
		return new MediaFolder(UUID.fromString(storageFolder.substring(AREA.length() + 1)));
	}

	/** Whether a name may be a file of a media folder. */
	public static boolean isFileName(String name) {
		return name != null && FILE.matcher(name).matches();
	}

	public String storageFolder() {
		return AREA + "/" + this.id;
	}

	public String key(String file) {
		if (!isFileName(file)) {
			throw new IllegalArgumentException("Not a media file name: " + file);
		}
		return storageFolder() + "/" + file;
	}

	/** The public address of the folder, ending in {@code /}. */
	public String publicPath() {
		return PUBLIC_PATH + this.id + "/";
	}

}
