package jp.musubi.broadcast.viewing;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Views and watch time of a channel's videos, split by where the viewers live. The seed
 * says 70 % of the people a region reaches live outside it; these figures show whether a
 * channel reaches them.
 */
@Service
public class ViewingFigures {

	private final JdbcClient jdbc;

	ViewingFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One row per video of the channel, newest first, with its viewings by area. */
	@Transactional(readOnly = true)
	public List<VideoFigures> of(UUID channelId) {
		Map<UUID, VideoFigures> rows = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT m.id, m.title, v.area, COUNT(v.id) AS views, COALESCE(SUM(v.watched_ms), 0) AS watched
				FROM broadcast_media m LEFT JOIN broadcast_view v ON v.media_id = m.id
				WHERE m.channel_id = :channel AND m.kind = 'VIDEO'
				GROUP BY m.id, m.title, m.created_at, v.area ORDER BY m.created_at DESC""")
			.param("channel", channelId)
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				String title = rs.getString("title");
				VideoFigures figures = rows.computeIfAbsent(id, (key) -> new VideoFigures(key, title));
				String area = rs.getString("area");
				if (area != null) {
					figures.add(ViewerArea.valueOf(area), rs.getLong("views"), rs.getLong("watched"));
				}
				return figures;
			})
			.list();
		return List.copyOf(rows.values());
	}

	/** One video's viewings by area. */
	public static final class VideoFigures {

		private final UUID mediaId;

		private final String title;

		private final Map<ViewerArea, Long> views = new EnumMap<>(ViewerArea.class);

		private final Map<ViewerArea, Long> watchedMillis = new EnumMap<>(ViewerArea.class);

		VideoFigures(UUID mediaId, String title) {
			this.mediaId = mediaId;
			this.title = title;
			for (ViewerArea area : ViewerArea.values()) {
				this.views.put(area, 0L);
				this.watchedMillis.put(area, 0L);
			}
		}

		void add(ViewerArea area, long views, long watchedMillis) {
			this.views.merge(area, views, Long::sum);
			this.watchedMillis.merge(area, watchedMillis, Long::sum);
		}

		public UUID mediaId() {
			return this.mediaId;
		}

		public String title() {
			return this.title;
		}

		public long views(ViewerArea area) {
			return this.views.get(area);
		}

		public long totalViews() {
			return this.views.values().stream().mapToLong(Long::longValue).sum();
		}

		public long getViewsIn() {
			return views(ViewerArea.IN);
		}

		public long getViewsOut() {
			return views(ViewerArea.OUT);
		}

		public long getViewsUnknown() {
			return views(ViewerArea.UNKNOWN);
		}

		public double getMinutesIn() {
			return minutes(watched(ViewerArea.IN));
		}

		public double getMinutesOut() {
			return minutes(watched(ViewerArea.OUT));
		}

		public double getMinutesUnknown() {
			return minutes(watched(ViewerArea.UNKNOWN));
		}

		public double getTotalMinutes() {
			return minutes(totalWatched());
		}

		private static double minutes(Duration duration) {
			return duration.toMillis() / 60_000.0;
		}

		public Duration watched(ViewerArea area) {
			return Duration.ofMillis(this.watchedMillis.get(area));
		}

		public Duration totalWatched() {
			return Duration.ofMillis(this.watchedMillis.values().stream().mapToLong(Long::longValue).sum());
		}

		/**
		 * The share of the known viewers who live outside the region, in percent; null
		 * when no signed-in viewer watched.
		 */
		public Integer outsideShare() {
			long known = views(ViewerArea.IN) + views(ViewerArea.OUT);
			return (known == 0) ? null : (int) Math.round(100.0 * views(ViewerArea.OUT) / known);
		}

	}

}
