package jp.musubi.platform.security;

import java.util.List;

/**
 * Addresses whose requests carry their own key in the address: a signed, expiring link or
 * a secret such as a live stream key, which the module's controller checks. They run in a
 * security filter chain of their own with no session, no CSRF token and no sign-in,
 * because the callers (a video player fetching segments, ffmpeg pushing a broadcast) have
 * none, and a segment must cost no session lookup. Everything else stays in the main
 * chain. Keep them narrow, and put them on the access guard test's public list.
 */
public interface KeyedPaths {

	/** Path patterns, as {@code /broadcast/hls/**}. */
	List<String> patterns();

}
