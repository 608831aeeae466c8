package jp.musubi.platform.web;

/**
 * A path on this site to send a visitor back to. Anything that could lead elsewhere
 * ({@code //evil.example}, {@code https://...}, back-slashes) becomes the home page, so
 * no form can be turned into an open redirect.
 */
public final class LocalPath {

	private LocalPath() {
	}

	public static String orHome(String path) {
		if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
				|| path.chars().anyMatch(Character::isISOControl)) {
			return "/";
		}
		return path;
	}

}
