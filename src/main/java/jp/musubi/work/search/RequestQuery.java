package jp.musubi.work.search;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jp.musubi.work.invoice.WorkCategory;

/**
 * What a person searches published work for: words in Japanese (or any language), and the
 * facets they narrowed to. Empty parts do not narrow.
 */
public record RequestQuery(String words, WorkCategory category, Set<UUID> skills, BudgetRange budget, Boolean remote,
		DeadlineRange deadline, Sort sort) {

	/** The order of the results. */
	public enum Sort {

		RELEVANCE, NEWEST, BUDGET, DEADLINE;

		public String messageKey() {
			return "work.search.sort." + name();
		}

	}

	/** Budget bands, in yen. */
	public enum BudgetRange {

		UNDER_10K(0, 10_000), FROM_10K(10_000, 50_000), FROM_50K(50_000, 100_000), FROM_100K(100_000, 500_000),
		FROM_500K(500_000, Long.MAX_VALUE);

		private final long from;

		private final long to;

		BudgetRange(long from, long to) {
			this.from = from;
			this.to = to;
		}

		public long from() {
			return this.from;
		}

		public long to() {
			return this.to;
		}

		public String messageKey() {
			return "work.search.budget." + name();
		}

	}

	/** How soon the work is due. */
	public enum DeadlineRange {

		WEEK(7), MONTH(31), QUARTER(92);

		private final int days;

		DeadlineRange(int days) {
			this.days = days;
		}

		public LocalDate latest(LocalDate today) {
			return today.plusDays(this.days);
		}

		public String messageKey() {
			return "work.search.deadline." + name();
		}

	}

}
