package jp.musubi.work.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.web.Dates;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.work.invoice.WorkCategory;
import jp.musubi.work.skill.Skill;

/**
 * What a client says about the work they order. The rules that make a request sensible
 * are checked here, once, for the web form and the API alike: a budget of real money, a
 * deadline ahead, a place when the work is not remote.
 */
public record RequestDetails(String title, String description, WorkCategory category, Pricing pricing, Yen budget,
		Yen hourlyRate, Integer estimatedHours, LocalDate deadline, boolean remote, Prefecture location,
		Set<Skill> skills) {

	/** No work brokered here is worth less, nor, for a home worker, more. */
	public static final Yen MIN_BUDGET = Yen.of(1_000);

	public static final Yen MAX_BUDGET = Yen.of(50_000_000);

	public static final Yen MIN_HOURLY_RATE = Yen.of(500);

	public static final Yen MAX_HOURLY_RATE = Yen.of(50_000);

	public static final int MAX_ESTIMATED_HOURS = 2_000;

	public static final int MAX_SKILLS = 10;

	public static final int MAX_DEADLINE_DAYS = 730;

	/**
	 * The budget as people give it: a fixed one as typed, an hourly one the rate times
	 * the hours. Nothing when the figures are missing or beyond any yen amount; the rules
	 * below then say which field is wrong.
	 */
	public static Yen budgetOf(Pricing pricing, Yen fixedBudget, Yen hourlyRate, Integer estimatedHours) {
		if (pricing != Pricing.HOURLY) {
			return fixedBudget;
		}
		if (hourlyRate == null || estimatedHours == null || estimatedHours <= 0) {
			return null;
		}
		try {
			return hourlyRate.times(estimatedHours);
		}
		catch (ArithmeticException ex) {
			return null;
		}
	}

	/**
	 * Checks the details against today's date in Japan.
	 * @throws InputRefused naming the field and the message key of the first broken rule
	 */
	public RequestDetails validated(Clock clock) {
		LocalDate today = Dates.today(clock);
		if (this.pricing == Pricing.HOURLY) {
			if (this.hourlyRate == null || this.hourlyRate.isLessThan(MIN_HOURLY_RATE)
					|| this.hourlyRate.isGreaterThan(MAX_HOURLY_RATE)) {
				throw new InputRefused("hourlyRate", "work.request.error.hourlyRate");
			}
			if (this.estimatedHours == null || this.estimatedHours < 1 || this.estimatedHours > MAX_ESTIMATED_HOURS) {
				throw new InputRefused("estimatedHours", "work.request.error.estimatedHours");
			}
		}
		if (this.budget == null || this.budget.isLessThan(MIN_BUDGET) || this.budget.isGreaterThan(MAX_BUDGET)) {
			throw new InputRefused("budget", "work.request.error.budget");
		}
		if (this.deadline == null || !this.deadline.isAfter(today)) {
			throw new InputRefused("deadline", "work.request.error.deadlinePast");
		}
		if (this.deadline.isAfter(today.plusDays(MAX_DEADLINE_DAYS))) {
			throw new InputRefused("deadline", "work.request.error.deadlineFar");
		}
		if (!this.remote && this.location == null) {
			throw new InputRefused("location", "work.request.error.location");
		}
		if (this.skills.size() > MAX_SKILLS) {
			throw new InputRefused("skills", "work.request.error.skills");
		}
		return this;
	}

}
