package jp.musubi.tourism.programme;

import java.math.BigDecimal;
import java.time.LocalDate;

import jp.musubi.platform.money.Yen;

/**
 * A programme's terms for changing and cancelling its bookings: free until
 * {@code freeDays} before arrival, then {@code feePercent} of the price.
 */
public record CancellationPolicy(int freeDays, int feePercent) {

	/** The last day a booking can be changed or cancelled without a fee. */
	public LocalDate freeUntil(LocalDate arrival) {
		return arrival.minusDays(this.freeDays);
	}

	/** The fee for cancelling a booking at this price on {@code today}. */
	public Yen fee(Yen price, LocalDate arrival, LocalDate today) {
		if (!today.isAfter(freeUntil(arrival))) {
			return Yen.ZERO;
		}
		return price.floorPercent(BigDecimal.valueOf(this.feePercent));
	}

}
