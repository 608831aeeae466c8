package jp.musubi.tourism.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
