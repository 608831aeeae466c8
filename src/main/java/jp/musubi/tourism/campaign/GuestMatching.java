package jp.musubi.tourism.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.musubi.platform.i18n.Language;
import jp.musubi.tourism.guest.Interest;
import jp.musubi.tourism.guest.TargetArea;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the guests a segment's criteria describe, in one query over guests, their
 * bookings, check-ins and survey answers. The query is assembled from fixed fragments,
 * one per criterion given; every value a person typed travels as a bound parameter, never
 * as part of the SQL text.
 */
@Component
class GuestMatching {

	private final NamedParameterJdbcTemplate jdbc;

	GuestMatching(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<MatchedGuest> guests(SegmentCriteria criteria) {
		StringBuilder sql = new StringBuilder("""
				select g.id, (g.marketing_consent_at is not null and g.account_id is not null) as consenting
				from guest g where 1 = 1""");
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		if (!criteria.areas().isEmpty()) {
			sql.append(" and g.target_area in (:areas)");
			parameters.addValue("areas", criteria.areas().stream().map(TargetArea::name).toList());
		}
		if (!criteria.languages().isEmpty()) {
			sql.append(" and g.language in (:languages)");
			parameters.addValue("languages", criteria.languages().stream().map(Language::tag).toList());
		}
		if (!criteria.programmes().isEmpty()) {
			sql.append(" and exists (select 1 from booking b where b.guest_id = g.id"
					+ " and b.status <> 'CANCELLED' and b.programme_id in (:programmes))");
			parameters.addValue("programmes", List.copyOf(criteria.programmes()));
		}
		if (criteria.minVisits() != null) {
			sql.append(" and (select count(*) from check_in c where c.guest_id = g.id) >= :minVisits");
			parameters.addValue("minVisits", criteria.minVisits());
		}
		if (criteria.lastVisitAfter() != null) {
			sql.append(" and (select max(c.day) from check_in c where c.guest_id = g.id) > :lastVisitAfter");
			parameters.addValue("lastVisitAfter", criteria.lastVisitAfter());
		}
		if (criteria.lastVisitBefore() != null) {
			sql.append(" and (select max(c.day) from check_in c where c.guest_id = g.id) < :lastVisitBefore");
			parameters.addValue("lastVisitBefore", criteria.lastVisitBefore());
		}
		if (criteria.minScore() != null || criteria.maxScore() != null) {
			sql.append(" and (select s.recommend_score from survey s where s.guest_id = g.id"
					+ " and s.recommend_score is not null order by s.answered_at desc limit 1)"
					+ " between :minScore and :maxScore");
			parameters.addValue("minScore", (criteria.minScore() != null) ? criteria.minScore() : 0);
			parameters.addValue("maxScore", (criteria.maxScore() != null) ? criteria.maxScore() : 10);
		}
		if (!criteria.interests().isEmpty()) {
			// Interests are kept joined by commas; framed by commas, each is found whole.
			List<String> any = new ArrayList<>();
			int index = 0;
			for (Interest interest : criteria.interests()) {
				String name = "interest" + index++;
				any.add("(',' || g.interests || ',') like :" + name);
				parameters.addValue(name, "%," + interest.name() + ",%");
			}
			sql.append(" and g.interests is not null and (").append(String.join(" or ", any)).append(")");
		}
		sql.append(" order by g.created_at, g.id");
		return this.jdbc.query(sql.toString(), parameters,
				(row, number) -> new MatchedGuest(row.getObject("id", UUID.class), row.getBoolean("consenting")));
	}

	SegmentSize size(SegmentCriteria criteria) {
		List<MatchedGuest> guests = guests(criteria);
		return new SegmentSize(guests.size(), (int) guests.stream().filter(MatchedGuest::consenting).count());
	}

	/** A guest in the segment, and whether a campaign may mail them. */
	record MatchedGuest(UUID guestId, boolean consenting) {

	}

}
