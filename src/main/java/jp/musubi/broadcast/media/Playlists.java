package jp.musubi.broadcast.media;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HLS playlists as viewers get them: every address in it made absolute under the folder's
 * public path and carrying the signed token, so the player's next requests are let in
 * without a session.
 */
public final class Playlists {

	private static final Pattern URI_ATTRIBUTE = Pattern.compile("URI=\"([^\"]+)\"");

	private Playlists() {
	}

	/**
	 * @param playlist the playlist as ffmpeg wrote it, with addresses relative to its own
	 * folder
	 * @param base the public path of that folder, ending in {@code /}
	 * @param token the signed token for the folder
	 */
	public static String signed(String playlist, String base, String token) {
		List<String> out = new ArrayList<>();
		for (String line : playlist.split("\r?\n")) {
			String text = line.strip();
			if (text.isEmpty()) {
				continue;
			}
			if (text.startsWith("#")) {
				Matcher uri = URI_ATTRIBUTE.matcher(text);
				if (!uri.find()) {
					out.add(text);
				}
				else if (ours(uri.group(1))) {
					out.add(uri
						.replaceFirst(Matcher.quoteReplacement("URI=\"" + address(uri.group(1), base, token) + "\"")));
				}
			}
			else if (ours(text)) {
				out.add(address(text, base, token));
			}
			else if (!out.isEmpty() && out.get(out.size() - 1).startsWith("#EXTINF")) {
				// An address that is not a name in the folder (another host, another
				// folder) is dropped with its entry rather than served.
				out.remove(out.size() - 1);
			}
		}
		return String.join("\n", out) + "\n";
	}

	private static boolean ours(String uri) {
		return !uri.contains(":") && !uri.startsWith("/") && !uri.contains("..") && !uri.contains("\\");
	}

	private static String address(String uri, String base, String token) {
		int query = uri.indexOf('?');
		String path = (query < 0) ? uri : uri.substring(0, query);
		return base + path + "?t=" + token;
	}

}
