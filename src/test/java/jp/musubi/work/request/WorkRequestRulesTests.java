package jp.musubi.work.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.work.invoice.WorkCategory;
import jp.musubi.work.skill.Skill;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules a work request keeps by itself, whoever calls it: which step may follow
 * which, and which details it refuses. Who may take a step (the client, the agent's
 * staff) is decided before the request is asked, by the service.
 */
class WorkRequestRulesTests {

	// 10:00 in Japan on 25 November 2026.
	private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T01:00:00Z"), ZoneOffset.UTC);

	private final LocalDate today = LocalDate.of(2026, 11, 25);

	private final UUID organisation = UUID.randomUUID();

	private final UUID client = UUID.randomUUID();

	@Test
	void aPostedRequestGoesToTheAgentForReviewAndIsNotYetOpen() {
		WorkRequest request = WorkRequest.post(this.organisation, this.client, fixed("棚卸しデータの入力", 30_000), this.clock);

		assertThat(request.id()).isNotNull();
		assertThat(request.status()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(request.isOpen()).isFalse();
		assertThat(request.clientOrganisationId()).isEqualTo(this.organisation);
		assertThat(request.createdBy()).isEqualTo(this.client);
		assertThat(request.createdAt()).isEqualTo(this.clock.instant());
		assertThat(request.submittedAt()).isEqualTo(this.clock.instant());
		assertThat(request.publishedAt()).isNull();
		assertThat(request.returnReason()).isNull();
		assertThat(request.title()).isEqualTo("棚卸しデータの入力");
		assertThat(request.budget()).isEqualTo(Yen.of(30_000));
	}

	@Test
	void aRequestWithBrokenDetailsIsNeverPosted() {
		refused(() -> WorkRequest.post(this.organisation, this.client, fixed("安すぎる仕事", 999), this.clock), "budget",
				"work.request.error.budget");
	}

	@Test
	void onlyAnHourlyRequestKeepsItsRateAndHoursAndOnlyAnOnSiteOneItsPlace() {
		RequestDetails hourly = new RequestDetails("介護記録の入力", "手書きの記録を入力します。", WorkCategory.DATA_ENTRY, Pricing.HOURLY,
				Yen.of(120_000), Yen.of(1_200), 100, this.today.plusDays(30), false, Prefecture.FUKUSHIMA, Set.of());
		WorkRequest request = WorkRequest.post(this.organisation, this.client, hourly, this.clock);
		assertThat(request.hourlyRate()).isEqualTo(Yen.of(1_200));
		assertThat(request.estimatedHours()).isEqualTo(100);
		assertThat(request.location()).isEqualTo(Prefecture.FUKUSHIMA);
		assertThat(request.details()).isEqualTo(hourly);

		// A rate left in the form after switching to a fixed price means nothing.
		RequestDetails fixedWithLeftovers = new RequestDetails("翻訳", "案内文の翻訳", WorkCategory.TRANSLATION, Pricing.FIXED,
				Yen.of(50_000), Yen.of(1_200), 100, this.today.plusDays(30), true, null, Set.of());
		WorkRequest fixed = WorkRequest.post(this.organisation, this.client, fixedWithLeftovers, this.clock);
		assertThat(fixed.hourlyRate()).isNull();
		assertThat(fixed.estimatedHours()).isNull();
		assertThat(fixed.location()).isNull();
		assertThat(fixed.remote()).isTrue();
	}

	@Test
	void theAgentPublishesASubmittedRequestOnceAndItIsThenOpen() {
		WorkRequest request = posted();
		Clock later = Clock.offset(this.clock, Duration.ofHours(3));

		request.publish(later);

		assertThat(request.status()).isEqualTo(RequestStatus.PUBLISHED);
		assertThat(request.isOpen()).isTrue();
		assertThat(request.publishedAt()).isEqualTo(later.instant());
		assertThat(request.submittedAt()).isEqualTo(this.clock.instant());
		wrongStatus(() -> request.publish(later), RequestStatus.PUBLISHED);
		wrongStatus(() -> request.returnToClient("遅すぎます", later), RequestStatus.PUBLISHED);
	}

	@Test
	void aReturnedRequestWaitsForTheClientAndTheAgentCanNeitherPublishNorCorrectIt() {
		WorkRequest request = posted();

		request.returnToClient("作業量の目安を書いてください。", this.clock);

		assertThat(request.status()).isEqualTo(RequestStatus.RETURNED);
		assertThat(request.returnReason()).isEqualTo("作業量の目安を書いてください。");
		assertThat(request.isOpen()).isFalse();
		wrongStatus(() -> request.publish(this.clock), RequestStatus.RETURNED);
		wrongStatus(() -> request.edit(fixed("直した題", 30_000), this.clock), RequestStatus.RETURNED);
		wrongStatus(() -> request.returnToClient("もう一度", this.clock), RequestStatus.RETURNED);
	}

	@Test
	void theClientsRevisionGoesBackToTheAgentAndTheReasonIsForgotten() {
		WorkRequest request = posted();
		request.returnToClient("作業量の目安を書いてください。", this.clock);
		Clock nextDay = Clock.offset(this.clock, Duration.ofDays(1));

		request.revise(fixed("棚卸しデータの入力（約500件）", 40_000), nextDay);

		assertThat(request.status()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(request.returnReason()).isNull();
		assertThat(request.title()).isEqualTo("棚卸しデータの入力（約500件）");
		assertThat(request.budget()).isEqualTo(Yen.of(40_000));
		// The review queue is in order of submission: a revision queues again.
		assertThat(request.submittedAt()).isEqualTo(nextDay.instant());
		assertThat(request.createdAt()).isEqualTo(this.clock.instant());
		request.publish(nextDay);
		assertThat(request.status()).isEqualTo(RequestStatus.PUBLISHED);
	}

	@Test
	void theClientRevisesOnlyUntilTheRequestIsPublished() {
		WorkRequest submitted = posted();
		submitted.revise(fixed("改訂した題", 30_000), this.clock);
		assertThat(submitted.title()).isEqualTo("改訂した題");

		WorkRequest published = published();
		wrongStatus(() -> published.revise(fixed("公開後の変更", 30_000), this.clock), RequestStatus.PUBLISHED);
		WorkRequest withdrawn = posted();
		withdrawn.withdraw();
		wrongStatus(() -> withdrawn.revise(fixed("取り下げ後の変更", 30_000), this.clock), RequestStatus.WITHDRAWN);
		assertThat(published.title()).isEqualTo("棚卸しデータの入力");
	}

	@Test
	void theAgentCorrectsARequestUnderReviewWithoutQueueingItAgain() {
		WorkRequest request = posted();
		Clock later = Clock.offset(this.clock, Duration.ofHours(1));

		request.edit(fixed("顧客名簿のデータ入力（約500件）", 40_000), later);

		assertThat(request.title()).isEqualTo("顧客名簿のデータ入力（約500件）");
		assertThat(request.status()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(request.submittedAt()).isEqualTo(this.clock.instant());
		request.publish(later);
		wrongStatus(() -> request.edit(fixed("公開後の訂正", 40_000), later), RequestStatus.PUBLISHED);
	}

	@Test
	void aRefusedChangeLeavesTheRequestAsItWas() {
		WorkRequest request = posted();

		refused(() -> request.revise(fixed("観光協会のチラシ文章（改訂）", 10), this.clock), "budget", "work.request.error.budget");
		refused(() -> request.edit(fixed("観光協会のチラシ文章（訂正）", 50_000_001), this.clock), "budget",
				"work.request.error.budget");

		assertThat(request.title()).isEqualTo("棚卸しデータの入力");
		assertThat(request.budget()).isEqualTo(Yen.of(30_000));
		assertThat(request.status()).isEqualTo(RequestStatus.SUBMITTED);
	}

	@Test
	void theClientWithdrawsARequestUntilItIsContractedButOnlyOnce() {
		WorkRequest submitted = posted();
		WorkRequest returned = posted();
		returned.returnToClient("理由", this.clock);
		WorkRequest published = published();

		for (WorkRequest request : new WorkRequest[] { submitted, returned, published }) {
			request.withdraw();
			assertThat(request.status()).isEqualTo(RequestStatus.WITHDRAWN);
			assertThat(request.isOpen()).isFalse();
			wrongStatus(request::withdraw, RequestStatus.WITHDRAWN);
			wrongStatus(() -> request.publish(this.clock), RequestStatus.WITHDRAWN);
		}
		assertThatExceptionOfType(WorkRequest.NotOpen.class).isThrownBy(published::contracted);

		WorkRequest contracted = published();
		contracted.contracted();
		wrongStatus(contracted::withdraw, RequestStatus.CONTRACTED);
		contracted.completed();
		wrongStatus(contracted::withdraw, RequestStatus.COMPLETED);
	}

	@Test
	void onlyAnOpenRequestIsContractedAndNeverTwice() {
		WorkRequest submitted = posted();
		assertThatExceptionOfType(WorkRequest.NotOpen.class).isThrownBy(submitted::contracted)
			.withMessage("The request is not open");
		assertThat(submitted.status()).isEqualTo(RequestStatus.SUBMITTED);

		WorkRequest request = published();
		request.contracted();

		assertThat(request.status()).isEqualTo(RequestStatus.CONTRACTED);
		assertThat(request.isOpen()).isFalse();
		// The second of two acceptances finds the work taken.
		assertThatExceptionOfType(WorkRequest.NotOpen.class).isThrownBy(request::contracted);
		assertThat(request.status()).isEqualTo(RequestStatus.CONTRACTED);
	}

	@Test
	void onlyAContractedRequestIsCompletedAndThenNothingMoreHappensToIt() {
		WorkRequest open = published();
		wrongStatus(open::completed, RequestStatus.PUBLISHED);

		open.contracted();
		open.completed();

		assertThat(open.status()).isEqualTo(RequestStatus.COMPLETED);
		wrongStatus(open::completed, RequestStatus.COMPLETED);
		wrongStatus(() -> open.publish(this.clock), RequestStatus.COMPLETED);
		assertThatExceptionOfType(WorkRequest.NotOpen.class).isThrownBy(open::contracted);
	}

	@Test
	void aBudgetIsRealMoneyButNoFortune() {
		refused(() -> fixed("t", 999).validated(this.clock), "budget", "work.request.error.budget");
		refused(() -> fixed("t", 50_000_001).validated(this.clock), "budget", "work.request.error.budget");
		refused(() -> details((d) -> d.budget = null).validated(this.clock), "budget", "work.request.error.budget");
		assertThat(fixed("t", 1_000).validated(this.clock).budget()).isEqualTo(RequestDetails.MIN_BUDGET);
		assertThat(fixed("t", 50_000_000).validated(this.clock).budget()).isEqualTo(RequestDetails.MAX_BUDGET);
	}

	@Test
	void anHourlyRequestNeedsASensibleRateAndNumberOfHoursBeforeItsBudgetIsJudged() {
		refused(() -> hourly(null, 10, 1_000).validated(this.clock), "hourlyRate", "work.request.error.hourlyRate");
		refused(() -> hourly(499L, 10, 4_990).validated(this.clock), "hourlyRate", "work.request.error.hourlyRate");
		refused(() -> hourly(50_001L, 10, 500_010).validated(this.clock), "hourlyRate",
				"work.request.error.hourlyRate");
		refused(() -> hourly(1_200L, null, 12_000).validated(this.clock), "estimatedHours",
				"work.request.error.estimatedHours");
		refused(() -> hourly(1_200L, 0, 12_000).validated(this.clock), "estimatedHours",
				"work.request.error.estimatedHours");
		refused(() -> hourly(1_200L, 2_001, 2_401_200).validated(this.clock), "estimatedHours",
				"work.request.error.estimatedHours");
		// The rate is named rather than the budget it makes.
		refused(() -> hourly(10L, 1, 10).validated(this.clock), "hourlyRate", "work.request.error.hourlyRate");
		assertThat(hourly(500L, 2, 1_000).validated(this.clock).hourlyRate()).isEqualTo(RequestDetails.MIN_HOURLY_RATE);
		assertThat(hourly(50_000L, 1, 50_000).validated(this.clock).hourlyRate())
			.isEqualTo(RequestDetails.MAX_HOURLY_RATE);
		assertThat(hourly(500L, 2_000, 1_000_000).validated(this.clock).estimatedHours())
			.isEqualTo(RequestDetails.MAX_ESTIMATED_HOURS);
	}

	@Test
	void theDeadlineIsFromTomorrowToTwoYearsAheadInJapan() {
		refused(() -> details((d) -> d.deadline = this.today).validated(this.clock), "deadline",
				"work.request.error.deadlinePast");
		refused(() -> details((d) -> d.deadline = null).validated(this.clock), "deadline",
				"work.request.error.deadlinePast");
		refused(() -> details((d) -> d.deadline = this.today.plusDays(731)).validated(this.clock), "deadline",
				"work.request.error.deadlineFar");
		assertThat(details((d) -> d.deadline = this.today.plusDays(1)).validated(this.clock)).isNotNull();
		assertThat(details((d) -> d.deadline = this.today.plusDays(730)).validated(this.clock)).isNotNull();

		// 00:30 on the 26th in Japan is still the 25th in UTC; Japan's date counts.
		Clock justAfterMidnightInJapan = Clock.fixed(Instant.parse("2026-11-25T15:30:00Z"), ZoneOffset.UTC);
		refused(() -> details((d) -> d.deadline = this.today.plusDays(1)).validated(justAfterMidnightInJapan),
				"deadline", "work.request.error.deadlinePast");
	}

	@Test
	void workOnSiteNeedsAPlaceAndNoRequestNeedsMoreThanTenSkills() {
		refused(() -> details((d) -> d.remote = false).validated(this.clock), "location",
				"work.request.error.location");
		assertThat(details((d) -> {
			d.remote = false;
			d.location = Prefecture.FUKUSHIMA;
		}).validated(this.clock).location()).isEqualTo(Prefecture.FUKUSHIMA);

		refused(() -> details((d) -> d.skills = skills(11)).validated(this.clock), "skills",
				"work.request.error.skills");
		assertThat(details((d) -> d.skills = skills(10)).validated(this.clock).skills()).hasSize(10);
	}

	@Test
	void theBudgetOfHourlyWorkIsTheRateTimesTheHoursWhenThereAreAny() {
		assertThat(RequestDetails.budgetOf(Pricing.FIXED, Yen.of(30_000), Yen.of(1_200), 10)).isEqualTo(Yen.of(30_000));
		assertThat(RequestDetails.budgetOf(Pricing.HOURLY, Yen.of(30_000), Yen.of(1_200), 10))
			.isEqualTo(Yen.of(12_000));
		assertThat(RequestDetails.budgetOf(Pricing.HOURLY, null, null, 10)).isNull();
		assertThat(RequestDetails.budgetOf(Pricing.HOURLY, null, Yen.of(1_200), null)).isNull();
		assertThat(RequestDetails.budgetOf(Pricing.HOURLY, null, Yen.of(1_200), 0)).isNull();
		// Beyond any amount of yen: the rate is then refused by name, not an overflow.
		assertThat(RequestDetails.budgetOf(Pricing.HOURLY, null, Yen.of(Long.MAX_VALUE), 2)).isNull();
	}

	private WorkRequest posted() {
		return WorkRequest.post(this.organisation, this.client, fixed("棚卸しデータの入力", 30_000), this.clock);
	}

	private WorkRequest published() {
		WorkRequest request = posted();
		request.publish(this.clock);
		return request;
	}

	private RequestDetails fixed(String title, long budget) {
		return details((d) -> {
			d.title = title;
			d.budget = Yen.of(budget);
		});
	}

	private RequestDetails hourly(Long rate, Integer hours, long budget) {
		return details((d) -> {
			d.pricing = Pricing.HOURLY;
			d.hourlyRate = (rate != null) ? Yen.of(rate) : null;
			d.estimatedHours = hours;
			d.budget = Yen.of(budget);
		});
	}

	private RequestDetails details(Consumer<Draft> change) {
		Draft draft = new Draft();
		draft.deadline = this.today.plusDays(14);
		change.accept(draft);
		return new RequestDetails(draft.title, "倉庫の棚卸し結果をExcelに入力します。", WorkCategory.DATA_ENTRY, draft.pricing,
				draft.budget, draft.hourlyRate, draft.estimatedHours, draft.deadline, draft.remote, draft.location,
				draft.skills);
	}

	private static void refused(ThrowingCallable call, String field, String messageKey) {
		assertThatExceptionOfType(InputRefused.class).isThrownBy(call).satisfies((refusal) -> {
			assertThat(refusal.field()).isEqualTo(field);
			assertThat(refusal.messageKey()).isEqualTo(messageKey);
		});
	}

	private static void wrongStatus(ThrowingCallable call, RequestStatus status) {
		assertThatExceptionOfType(WorkRequest.WrongStatus.class).isThrownBy(call)
			.satisfies((refusal) -> assertThat(refusal.status()).isEqualTo(status));
	}

	// Skills come only from the vocabulary the migrations load, so a test makes them as
	// JPA would: through the protected constructor, with an id.
	private static Set<Skill> skills(int count) {
		return Stream.generate(() -> {
			Skill skill = BeanUtils.instantiateClass(Skill.class);
			ReflectionTestUtils.setField(skill, "id", UUID.randomUUID());
			return skill;
		}).limit(count).collect(Collectors.toSet());
	}

	/** A request's details as a form holds them, sensible until a test changes one. */
	private static final class Draft {

		String title = "棚卸しデータの入力";

		Pricing pricing = Pricing.FIXED;

		Yen budget = Yen.of(30_000);

		Yen hourlyRate;

		Integer estimatedHours;

		LocalDate deadline;

		boolean remote = true;

		Prefecture location;

		Set<Skill> skills = Set.of();

	}

}
