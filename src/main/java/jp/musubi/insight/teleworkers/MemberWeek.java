package jp.musubi.insight.teleworkers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The hours one member teleworked in one week, over all their contracts.
 */
record MemberWeek(LocalDate weekStart, UUID memberId, BigDecimal hours) {

	/**
	 * The seed's definition (SEED-EN.md section 2): a teleworker teleworks 8 hours a week
	 * or more.
	 */
	static final BigDecimal TELEWORKER_HOURS = new BigDecimal("8");

	boolean isTeleworker() {
		return this.hours.compareTo(TELEWORKER_HOURS) >= 0;
	}

}
