package jp.musubi.insight.teleworkers;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.DeclaredGroup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each week's teleworkers by group, decided the first time anyone looks at the week and
 * kept as decided (V4__week_group_figures.sql): which counts {@link GroupFigure} lets
 * staff see, judged against every other week already shown. Weeks are decided one at a
 * time under a lock, so two weeks decided together still see each other.
 */
@Component
class WeekGroups {

	private final JdbcClient jdbc;

	private final ContractWeekRepository weeks;

	private final Accounts accounts;

	private final Clock clock;

	WeekGroups(JdbcClient jdbc, ContractWeekRepository weeks, Accounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.weeks = weeks;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The week's figures by group, as kept, or decided now from its teleworkers and kept.
	 * In a transaction of its own: it writes, while the page that asks only reads.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	List<GroupFigure> of(LocalDate week, Collection<UUID> teleworkers) {
		List<GroupFigure> kept = kept(week);
		if (!kept.isEmpty()) {
			return kept;
		}
		this.jdbc.sql("SELECT id FROM insight_week_group_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
		kept = kept(week);
		if (!kept.isEmpty()) {
			return kept;
		}
		Set<UUID> people = Set.copyOf(teleworkers);
		Map<DeclaredGroup, Integer> counts = counts(people);
		Map<LocalDate, Set<UUID>> others = new HashMap<>();
		List<GroupFigure> decided = new ArrayList<>();
		for (DeclaredGroup group : DeclaredGroup.values()) {
			GroupFigure figure = GroupFigure.of(group, counts.get(group), people.size());
			for (LocalDate other : shownWeeks(group, week)) {
				if (figure.isHidden()) {
					break;
				}
				if (!GroupFigure.farApart(people,
						others.computeIfAbsent(other, (shown) -> Set.copyOf(this.weeks.teleworkersIn(shown))))) {
					figure = figure.hidden();
				}
			}
			this.jdbc.sql("""
					INSERT INTO insight_week_group (week_start, group_name, teleworkers, shown, counted_at)
					VALUES (:week, :group, :teleworkers, :shown, :now)""")
				.param("week", week)
				.param("group", group.name())
				.param("teleworkers", people.size())
				.param("shown", figure.count())
				.param("now", Timestamp.from(this.clock.instant()))
				.update();
			decided.add(figure);
		}
		return decided;
	}

	private List<GroupFigure> kept(LocalDate week) {
		Map<DeclaredGroup, GroupFigure> kept = new EnumMap<>(DeclaredGroup.class);
		this.jdbc.sql("SELECT group_name, shown FROM insight_week_group WHERE week_start = :week")
			.param("week", week)
			.query((rs, row) -> {
				DeclaredGroup group = DeclaredGroup.valueOf(rs.getString("group_name"));
				int shown = rs.getInt("shown");
				return new GroupFigure(group, rs.wasNull() ? null : shown);
			})
			.list()
			.forEach((figure) -> kept.put(figure.group(), figure));
		return List.copyOf(kept.values());
	}

	private List<LocalDate> shownWeeks(DeclaredGroup group, LocalDate week) {
		return this.jdbc.sql("""
				SELECT week_start FROM insight_week_group
				WHERE group_name = :group AND shown IS NOT NULL AND week_start <> :week ORDER BY week_start""")
			.param("group", group.name())
			.param("week", week)
			.query(LocalDate.class)
			.list();
	}

	/**
	 * Only those who declared a group with consent are counted in it; the accounts module
	 * leaves everyone else out.
	 */
	private Map<DeclaredGroup, Integer> counts(Set<UUID> teleworkers) {
		Map<DeclaredGroup, Integer> counts = new EnumMap<>(DeclaredGroup.class);
		for (DeclaredGroup group : DeclaredGroup.values()) {
			counts.put(group, 0);
		}
		if (!teleworkers.isEmpty()) {
			for (Set<DeclaredGroup> declared : this.accounts.declaredGroups(teleworkers).values()) {
				declared.forEach((group) -> counts.merge(group, 1, Integer::sum));
			}
		}
		return counts;
	}

}
