package jp.musubi.tourism.figures;

import java.time.YearMonth;
import java.util.List;

/**
 * A month at one's own facility: guests per target area, check-ins and walk-in people.
 */
public record OwnMonth(YearMonth month, List<Long> guestsByArea, long visits, long walkIns) {

	public long guests() {
		return this.guestsByArea.stream().mapToLong(Long::longValue).sum();
	}

}
