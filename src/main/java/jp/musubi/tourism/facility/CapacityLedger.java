package jp.musubi.tourism.facility;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many units of each capacity are taken on each day. Units are taken with one
 * conditional UPDATE per capacity and day ({@code taken + n <= units_per_day}): the
 * database locks the row, a second booking waits and then sees the first one's units, so
 * two bookings can never both take the last room. Rows are taken in one order (capacity,
 * then day) so that two bookings of overlapping stays cannot deadlock.
 */
@Component
public class CapacityLedger {

	private static final Comparator<Hold> ORDER = Comparator.comparing((Hold hold) -> hold.capacityId().toString())
		.thenComparing(Hold::day);

	private final JdbcTemplate jdbc;

	CapacityLedger(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes every hold, or none: inside the caller's transaction, which a {@link SoldOut}
	 * rolls back.
	 * @throws SoldOut for the first capacity and day without enough units left
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void take(Collection<Hold> holds) {
		for (Hold hold : merged(holds)) {
			this.jdbc.update(
					"INSERT INTO capacity_day (capacity_id, day, taken) VALUES (?, ?, 0) ON CONFLICT DO NOTHING",
					hold.capacityId(), hold.day());
			int taken = this.jdbc.update("""
					UPDATE capacity_day SET taken = taken + ?
					WHERE capacity_id = ? AND day = ? AND taken + ? <= (
						SELECT c.units_per_day FROM capacity c WHERE c.id = capacity_day.capacity_id AND c.active)
					""", hold.units(), hold.capacityId(), hold.day(), hold.units());
			if (taken == 0) {
				throw new SoldOut(hold.capacityId(), hold.day());
			}
		}
	}

	/** Gives the holds back, as a cancelled or changed booking does. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void release(Collection<Hold> holds) {
		for (Hold hold : merged(holds)) {
			this.jdbc.update(
					"UPDATE capacity_day SET taken = taken - ? WHERE capacity_id = ? AND day = ? AND taken >= ?",
					hold.units(), hold.capacityId(), hold.day(), hold.units());
		}
	}

	/**
	 * Units left of a capacity on each day from {@code first} to {@code last}, both
	 * included.
	 */
	@Transactional(readOnly = true)
	public Map<LocalDate, Integer> left(Capacity capacity, LocalDate first, LocalDate last) {
		Map<LocalDate, Integer> left = new TreeMap<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			left.put(day, capacity.isActive() ? capacity.unitsPerDay() : 0);
		}
		this.jdbc.query("SELECT day, taken FROM capacity_day WHERE capacity_id = ? AND day BETWEEN ? AND ?", (row) -> {
			LocalDate day = row.getObject("day", LocalDate.class);
			int taken = row.getInt("taken");
			left.computeIfPresent(day, (key, units) -> Math.max(0, units - taken));
		}, capacity.id(), first, last);
		return left;
	}

	/** Units taken of a capacity on a day. */
	@Transactional(readOnly = true)
	public int taken(UUID capacityId, LocalDate day) {
		List<Integer> taken = this.jdbc.queryForList("SELECT taken FROM capacity_day WHERE capacity_id = ? AND day = ?",
				Integer.class, capacityId, day);
		return taken.isEmpty() ? 0 : taken.get(0);
	}

	private static List<Hold> merged(Collection<Hold> holds) {
		Map<String, Hold> merged = holds.stream()
			.collect(Collectors.toMap((hold) -> hold.capacityId() + "/" + hold.day(), (hold) -> hold,
					(a, b) -> new Hold(a.capacityId(), a.day(), a.units() + b.units())));
		return merged.values().stream().sorted(ORDER).toList();
	}

}
