package jp.musubi.tourism.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.musubi.platform.refusal.InputRefused;

import jp.musubi.tourism.facility.Hold;

/**
 * What a component takes: a capacity, on which days of the stay, per person or per party.
 */
public record Component(UUID capacityId, int firstDay, int days, boolean perPerson) {

	public Component {
		if (firstDay < 0 || days < 1) {
			throw new IllegalArgumentException("A component takes at least one day from day 0 on");
		}
	}

	/**
	 * A component as a person wrote it, judged once for the page and the API: the
	 * capacity must be one that can be booked, the first day within the longest stay, and
	 * the days at least one and at most the longest stay's. Each refusal is named under
	 * the prefix (such as {@code components[2].}).
	 * @return the component, or empty with the refusals added
	 */
	public static Optional<Component> judge(String prefix, UUID capacityId, Integer firstDay, Integer days,
			boolean perPerson, Set<UUID> bookable, List<InputRefused> refusals) {
		int before = refusals.size();
		if (capacityId == null || !bookable.contains(capacityId)) {
			refusals.add(new InputRefused(prefix + "capacityId", "tourism.programme.error.capacity"));
		}
		if (firstDay == null || firstDay < 0 || firstDay > ProgrammeTerms.MAX_NIGHTS) {
			refusals.add(new InputRefused(prefix + "firstDay", "tourism.programme.error.firstDay"));
		}
		if (days == null || days < 1 || days > ProgrammeTerms.MAX_NIGHTS + 1) {
			refusals.add(new InputRefused(prefix + "days", "tourism.programme.error.days"));
		}
		return (refusals.size() == before) ? Optional.of(new Component(capacityId, firstDay, days, perPerson))
				: Optional.empty();
	}

	/** The day of the stay after this component's last day. */
	int end() {
		return this.firstDay + this.days;
	}

	List<Hold> holds(LocalDate arrival, int party) {
		List<Hold> holds = new ArrayList<>();
		for (int day = this.firstDay; day < end(); day++) {
			holds.add(new Hold(this.capacityId, arrival.plusDays(day), this.perPerson ? party : 1));
		}
		return holds;
	}

}
