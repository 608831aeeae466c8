package jp.musubi.insight.teleworkers;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The region's teleworkers in one week and their share of the employed population in
 * percent; the share is null while no employed population has been entered.
 */
public record WeekCount(LocalDate weekStart, int teleworkers, BigDecimal share) {

	public LocalDate weekEnd() {
		return this.weekStart.plusDays(6);
	}

}
