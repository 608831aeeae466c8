package jp.musubi.broadcast.viewing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import jp.musubi.platform.region.HomeRegion;
import jp.musubi.accounts.Accounts;
import jp.musubi.broadcast.media.SignedLinks;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.Prefecture;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counting who watches. The page that shows a player starts a viewing: an id, the
 * viewer's area and a signed token, so that the player's reports need neither a session
 * nor the viewer's identity, and no account id is stored with a viewing. A report only
 * says how long the viewing has lasted, and can only make it longer, up to the video's
 * length (or a day for a live broadcast).
 */
@Service
public class Viewings {

	/**
	 * Where the player reports how long it has been watched; the signed token is the key.
	 */
	public static final String REPORT_PATH = "/broadcast/views/";

	/** Longer than anyone watches one page; a token past it reports nothing. */
	private static final Duration REPORTING = Duration.ofHours(12);

	private static final long MAX_LIVE_MILLIS = Duration.ofDays(1).toMillis();

	private final Accounts accounts;

	private final SignedLinks links;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Prefecture region;

	Viewings(Accounts accounts, SignedLinks links, JdbcClient jdbc, Clock clock, HomeRegion region) {
		this.accounts = accounts;
		this.links = links;
		this.jdbc = jdbc;
		this.clock = clock;
		this.region = Prefecture.ofCode(region.prefecture()).orElse(null);
	}

	/** Where this viewer lives, by their profile. */
	public ViewerArea areaOf(CurrentUser viewer) {
		if (viewer == null) {
			return ViewerArea.UNKNOWN;
		}
		return this.accounts.person(viewer.accountId())
			.map((person) -> person.prefecture())
			.map((prefecture) -> (prefecture == this.region) ? ViewerArea.IN : ViewerArea.OUT)
			.orElse(ViewerArea.UNKNOWN);
	}

	/** The address the player reports to, for one viewing of the media by this viewer. */
	public String reportPath(UUID mediaId, CurrentUser viewer) {
		UUID viewing = UUID.randomUUID();
		ViewerArea area = areaOf(viewer);
		String token = this.links.issue(subject(mediaId, viewing, area), REPORTING);
		return REPORT_PATH + mediaId + "/" + viewing + "/" + area.name() + "?t=" + token;
	}

	/**
	 * Records how long the viewing has lasted so far.
	 * @return false when the token does not belong to this viewing
	 */
	@Transactional
	public boolean report(UUID mediaId, UUID viewing, ViewerArea area, String token, long watchedSeconds) {
		if (!this.links.opens(token, subject(mediaId, viewing, area))) {
			return false;
		}
		Long durationMillis = this.jdbc.sql("SELECT duration_ms FROM broadcast_media WHERE id = :id")
			.param("id", mediaId)
			.query(Long.class)
			.optional()
			.orElse(null);
		long cap = (durationMillis == null) ? MAX_LIVE_MILLIS : durationMillis;
		long watched = Math.max(0, Math.min(watchedSeconds * 1000, cap));
		int updated = this.jdbc.sql(
				"UPDATE broadcast_view SET watched_ms = GREATEST(watched_ms, :watched) WHERE id = :id AND media_id = :media")
			.param("watched", watched)
			.param("id", viewing)
			.param("media", mediaId)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("""
						INSERT INTO broadcast_view (id, media_id, area, started_at, watched_ms)
						SELECT :id, :media, :area, :at, :watched WHERE EXISTS (SELECT 1 FROM broadcast_media WHERE id = :media)""")
				.param("id", viewing)
				.param("media", mediaId)
				.param("area", area.name())
				.param("at", Timestamp.from(this.clock.instant()))
				.param("watched", watched)
				.update();
		}
		return true;
	}

	private static String subject(UUID mediaId, UUID viewing, ViewerArea area) {
		return "view:" + mediaId + ":" + viewing + ":" + area.name();
	}

}
