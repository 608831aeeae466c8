package jp.musubi.work.contract;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.work.invoice.WorkCategory;
import jp.musubi.work.upload.StoredUpload;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The rules a contract keeps by itself: terms the Freelance Act allows, milestones that
 * share out the remuneration within the delivery date, and each milestone's way from
 * delivery through inspection to acceptance, after the last of which the contract is
 * complete and nothing more changes. Who may deliver or inspect is the service's concern.
 */
class ContractRulesTests {

	// 10:00 in Japan on 25 November 2026.
	private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T01:00:00Z"), ZoneOffset.UTC);

	private final LocalDate today = LocalDate.of(2026, 11, 25);

	private final Contract.Parties parties = new Contract.Parties(UUID.randomUUID(), UUID.randomUUID(),
			UUID.randomUUID(), "株式会社みどり商事", UUID.randomUUID(), "山田 花子", UUID.randomUUID());

	@Test
	void aNewContractIsActiveWithItsMilestonesInOrderAndOpen() {
		Contract contract = contract();

		assertThat(contract.id()).isNotNull();
		assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
		assertThat(contract.createdAt()).isEqualTo(this.clock.instant());
		assertThat(contract.completedAt()).isNull();
		assertThat(contract.requestId()).isEqualTo(this.parties.requestId());
		assertThat(contract.proposalId()).isEqualTo(this.parties.proposalId());
		assertThat(contract.clientOrganisationId()).isEqualTo(this.parties.clientOrganisationId());
		assertThat(contract.clientName()).isEqualTo("株式会社みどり商事");
		assertThat(contract.memberId()).isEqualTo(this.parties.memberId());
		assertThat(contract.memberName()).isEqualTo("山田 花子");
		assertThat(contract.acceptedBy()).isEqualTo(this.parties.acceptedBy());
		assertThat(contract.category()).isEqualTo(WorkCategory.TRANSLATION);
		assertThat(contract.terms().remuneration()).isEqualTo(Yen.of(40_000));
		assertThat(contract.milestones())
			.extracting(Milestone::position, Milestone::title, Milestone::amount, Milestone::dueDate, Milestone::status)
			.containsExactly(tuple(0, "前半の翻訳", Yen.of(15_000), this.today.plusDays(10), MilestoneStatus.OPEN),
					tuple(1, "後半の翻訳", Yen.of(25_000), this.today.plusDays(20), MilestoneStatus.OPEN));
		assertThat(contract.milestones()).allSatisfy((milestone) -> {
			assertThat(milestone.contractId()).isEqualTo(contract.id());
			assertThat(milestone.deliverables()).isEmpty();
			assertThat(milestone.submittedAt()).isNull();
			assertThat(milestone.acceptedAt()).isNull();
		});
	}

	@Test
	void theAgentsFeeIsItsShareOfTheRemunerationWithTheFractionOfAYenCutOff() {
		Contract tenPercent = contract(terms(40_000, 20, 50), plans(40_000), new BigDecimal("10"));
		assertThat(tenPercent.agentFeePercent()).isEqualByComparingTo("10");
		assertThat(tenPercent.agentFee()).isEqualTo(Yen.of(4_000));

		// 12,345 × 7.5 % = 925.875
		Contract odd = contract(terms(12_345, 20, 50), plans(12_345), new BigDecimal("7.5"));
		assertThat(odd.agentFee()).isEqualTo(Yen.of(925));
	}

	@Test
	void aContractNeedsMilestonesOfRealAmountsThatAddUpToTheRemuneration() {
		refused(() -> contract(terms(40_000, 20, 50), List.of()), "milestones", "work.contract.error.noMilestones");
		refused(() -> contract(terms(40_000, 20, 50), plans(40_000, 0)), "milestones",
				"work.contract.error.milestoneAmount");
		refused(() -> contract(terms(40_000, 20, 50), plans(45_000, -5_000)), "milestones",
				"work.contract.error.milestoneAmount");
		refused(() -> contract(terms(40_000, 20, 50),
				List.of(new MilestonePlan("金額なし", null, this.today.plusDays(20)))), "milestones",
				"work.contract.error.milestoneAmount");
		refused(() -> contract(terms(40_000, 20, 50), plans(15_000, 20_000)), "milestones",
				"work.contract.error.milestoneSum");
		refused(() -> contract(terms(40_000, 20, 50), plans(15_000, 30_000)), "milestones",
				"work.contract.error.milestoneSum");
	}

	@Test
	void eachMilestoneFallsDueBetweenTheOrderAndTheDeliveryDate() {
		ContractTerms terms = terms(40_000, 20, 50);
		refused(() -> contract(terms, List.of(new MilestonePlan("期日なし", Yen.of(40_000), null))), "milestones",
				"work.contract.error.milestoneDue");
		refused(() -> contract(terms, List.of(new MilestonePlan("昨日まで", Yen.of(40_000), this.today.minusDays(1)))),
				"milestones", "work.contract.error.milestoneDue");
		refused(() -> contract(terms, List.of(new MilestonePlan("納期の後", Yen.of(40_000), this.today.plusDays(21)))),
				"milestones", "work.contract.error.milestoneDue");

		Contract contract = contract(terms, List.of(new MilestonePlan("今日", Yen.of(10_000), this.today),
				new MilestonePlan("納期の日", Yen.of(30_000), this.today.plusDays(20))));
		assertThat(contract.milestones()).extracting(Milestone::dueDate)
			.containsExactly(this.today, this.today.plusDays(20));
	}

	@Test
	void theTermsPayWithinSixtyDaysOfDeliveryAsTheFreelanceActRequires() {
		refused(() -> terms(40_000, 20, 81), "paymentDate", "work.contract.error.paymentLate");
		assertThat(terms(40_000, 20, 80).paymentDate()).isEqualTo(this.today.plusDays(80));
		refused(() -> terms(40_000, 20, 19), "paymentDate", "work.contract.error.paymentBeforeDelivery");
		refused(() -> new ContractTerms(this.today, "翻訳", this.today.plusDays(20), "アップロード", Yen.of(40_000), null, null,
				this.today.plusDays(25)), "paymentDate", "work.contract.error.paymentBeforeDelivery");
		assertThat(terms(40_000, 20, 20).paymentDate()).isEqualTo(this.today.plusDays(20));
	}

	@Test
	void theTermsInspectBetweenDeliveryAndPaymentDeliverWithinTwoYearsAndPayRealMoney() {
		refused(() -> terms(40_000, 20, 50, 19), "inspectionDate", "work.contract.error.inspection");
		refused(() -> terms(40_000, 20, 50, 51), "inspectionDate", "work.contract.error.inspection");
		refused(() -> new ContractTerms(this.today, "翻訳", this.today.plusDays(20), "アップロード", Yen.of(40_000), null,
				this.today.plusDays(50), null), "inspectionDate", "work.contract.error.inspection");
		assertThat(terms(40_000, 20, 50, 20).inspectionDate()).isEqualTo(this.today.plusDays(20));
		assertThat(terms(40_000, 20, 50, 50).inspectionDate()).isEqualTo(this.today.plusDays(50));

		refused(() -> terms(40_000, -1, 50), "deliveryDate", "work.contract.error.deliveryPast");
		refused(() -> new ContractTerms(this.today, "翻訳", null, "アップロード", Yen.of(40_000), null, this.today.plusDays(50),
				this.today.plusDays(25)), "deliveryDate", "work.contract.error.deliveryPast");
		refused(() -> terms(40_000, 731, 760), "deliveryDate", "work.contract.error.deliveryFar");
		assertThat(terms(40_000, 730, 760, 740).deliveryDate()).isEqualTo(this.today.plusDays(730));
		assertThat(terms(40_000, 0, 50, 0).deliveryDate()).isEqualTo(this.today);

		refused(() -> terms(999, 20, 50), "remuneration", "work.contract.error.remuneration");
		refused(() -> terms(50_000_001, 20, 50), "remuneration", "work.contract.error.remuneration");
		assertThat(terms(1_000, 20, 50).remuneration()).isEqualTo(ContractTerms.MIN_REMUNERATION);
		assertThat(terms(50_000_000, 20, 50).remuneration()).isEqualTo(ContractTerms.MAX_REMUNERATION);
	}

	@Test
	void aDeliveryKeepsTheFileAndAsksTheClientToInspect() {
		Contract contract = contract();
		Milestone first = contract.milestones().get(0);

		contract.deliver(first.id(), upload("前半.docx"), "ご確認ください", this.clock);

		assertThat(first.status()).isEqualTo(MilestoneStatus.SUBMITTED);
		assertThat(first.submittedAt()).isEqualTo(this.clock.instant());
		assertThat(first.deliverables()).singleElement().satisfies((deliverable) -> {
			assertThat(deliverable.id()).isNotNull();
			assertThat(deliverable.milestoneId()).isEqualTo(first.id());
			assertThat(deliverable.storageKey()).isEqualTo("deliverables/前半.docx");
			assertThat(deliverable.filename()).isEqualTo("前半.docx");
			assertThat(deliverable.contentType()).isEqualTo("application/octet-stream");
			assertThat(deliverable.size()).isEqualTo(1_234);
			assertThat(deliverable.sha256()).isEqualTo("ab".repeat(32));
			assertThat(deliverable.note()).isEqualTo("ご確認ください");
			assertThat(deliverable.uploadedAt()).isEqualTo(this.clock.instant());
		});
		assertThat(contract.milestones().get(1).status()).isEqualTo(MilestoneStatus.OPEN);
		assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
	}

	@Test
	void onlyADeliveredMilestoneIsInspected() {
		Contract contract = contract();
		UUID first = contract.milestones().get(0).id();

		wrongMilestoneStatus(() -> contract.accept(first, this.clock), MilestoneStatus.OPEN);
		wrongMilestoneStatus(() -> contract.askForRework(first, "色を変えてください。"), MilestoneStatus.OPEN);

		assertThat(contract.milestone(first).status()).isEqualTo(MilestoneStatus.OPEN);
		assertThat(contract.milestone(first).acceptedAt()).isNull();
	}

	@Test
	void reworkSendsTheDeliveryBackWithAReasonUntilTheMemberDeliversAgain() {
		Contract contract = contract();
		UUID first = contract.milestones().get(0).id();
		contract.deliver(first, upload("案1.pdf"), null, this.clock);

		contract.askForRework(first, "色を変えてください。");

		Milestone milestone = contract.milestone(first);
		assertThat(milestone.status()).isEqualTo(MilestoneStatus.REWORK);
		assertThat(milestone.reworkReason()).isEqualTo("色を変えてください。");
		wrongMilestoneStatus(() -> contract.accept(first, this.clock), MilestoneStatus.REWORK);
		wrongMilestoneStatus(() -> contract.askForRework(first, "もう一度"), MilestoneStatus.REWORK);

		Clock nextDay = Clock.offset(this.clock, Duration.ofDays(1));
		contract.deliver(first, upload("案2.pdf"), "色を変えました", nextDay);
		assertThat(milestone.status()).isEqualTo(MilestoneStatus.SUBMITTED);
		assertThat(milestone.submittedAt()).isEqualTo(nextDay.instant());
		assertThat(milestone.deliverables()).extracting(Deliverable::filename).containsExactly("案1.pdf", "案2.pdf");

		assertThat(contract.accept(first, nextDay)).isFalse();
		assertThat(milestone.status()).isEqualTo(MilestoneStatus.ACCEPTED);
		assertThat(milestone.acceptedAt()).isEqualTo(nextDay.instant());
		assertThat(milestone.reworkReason()).as("settled by the acceptance").isNull();
	}

	@Test
	void theMemberMayDeliverAgainBeforeTheClientHasInspected() {
		Contract contract = contract();
		UUID first = contract.milestones().get(0).id();
		Clock laterThatDay = Clock.offset(this.clock, Duration.ofHours(2));

		contract.deliver(first, upload("本文.docx"), null, this.clock);
		contract.deliver(first, upload("図版.zip"), "図版を忘れていました", laterThatDay);

		Milestone milestone = contract.milestone(first);
		assertThat(milestone.status()).isEqualTo(MilestoneStatus.SUBMITTED);
		assertThat(milestone.submittedAt()).isEqualTo(laterThatDay.instant());
		assertThat(milestone.deliverables()).extracting(Deliverable::filename).containsExactly("本文.docx", "図版.zip");
	}

	@Test
	void anAcceptedMilestoneIsFinalWhileTheRestOfTheContractGoesOn() {
		Contract contract = contract();
		UUID first = contract.milestones().get(0).id();
		contract.deliver(first, upload("前半.docx"), null, this.clock);

		assertThat(contract.accept(first, this.clock)).as("one milestone is still open").isFalse();

		assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
		assertThat(contract.completedAt()).isNull();
		wrongMilestoneStatus(() -> contract.deliver(first, upload("差し替え.docx"), null, this.clock),
				MilestoneStatus.ACCEPTED);
		// A second click on 「検収する」 issues no second invoice.
		wrongMilestoneStatus(() -> contract.accept(first, this.clock), MilestoneStatus.ACCEPTED);
		wrongMilestoneStatus(() -> contract.askForRework(first, "やはり直して"), MilestoneStatus.ACCEPTED);
		assertThat(contract.milestone(first).deliverables()).hasSize(1);
	}

	@Test
	void acceptingTheLastMilestoneCompletesTheContractAndNothingChangesAfterwards() {
		Contract contract = contract();
		UUID first = contract.milestones().get(0).id();
		UUID second = contract.milestones().get(1).id();
		Clock later = Clock.offset(this.clock, Duration.ofDays(18));
		contract.deliver(second, upload("後半.docx"), null, this.clock);
		contract.deliver(first, upload("前半.docx"), null, this.clock);
		assertThat(contract.accept(second, this.clock)).isFalse();

		assertThat(contract.accept(first, later)).isTrue();

		assertThat(contract.status()).isEqualTo(ContractStatus.COMPLETED);
		assertThat(contract.completedAt()).isEqualTo(later.instant());
		assertThatExceptionOfType(Contract.NotActive.class)
			.isThrownBy(() -> contract.deliver(first, upload("追加.docx"), null, later))
			.withMessage("The contract is COMPLETED");
		assertThatExceptionOfType(Contract.NotActive.class).isThrownBy(() -> contract.accept(first, later));
		assertThatExceptionOfType(Contract.NotActive.class).isThrownBy(() -> contract.askForRework(second, "直して"));
		// The contract's state is judged before the milestone is looked for.
		assertThatExceptionOfType(Contract.NotActive.class).isThrownBy(() -> contract.accept(UUID.randomUUID(), later));
		assertThat(contract.milestone(first).deliverables()).hasSize(1);
	}

	@Test
	void aMilestoneThatIsNotTheContractsIsNotFoundAndNothingChanges() {
		Contract contract = contract();
		UUID elsewhere = contract().milestones().get(0).id();

		assertThatExceptionOfType(Contract.NoSuchMilestone.class).isThrownBy(() -> contract.milestone(elsewhere))
			.isInstanceOf(NotFound.class)
			.withMessage("No milestone " + elsewhere);
		assertThatExceptionOfType(Contract.NoSuchMilestone.class)
			.isThrownBy(() -> contract.deliver(elsewhere, upload("誤送信.docx"), null, this.clock));
		assertThatExceptionOfType(Contract.NoSuchMilestone.class)
			.isThrownBy(() -> contract.accept(elsewhere, this.clock));
		assertThatExceptionOfType(Contract.NoSuchMilestone.class)
			.isThrownBy(() -> contract.askForRework(elsewhere, "直して"));

		assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
		assertThat(contract.milestones()).allSatisfy((milestone) -> {
			assertThat(milestone.status()).isEqualTo(MilestoneStatus.OPEN);
			assertThat(milestone.deliverables()).isEmpty();
		});
	}

	@Test
	void theInvoiceFallsDueOnTheAgreedPaymentDateWhenThatIsWithinSixtyDaysOfReceipt() {
		Contract contract = contract(terms(40_000, 20, 50), plans(40_000));
		Milestone milestone = contract.milestones().get(0);
		Clock deliveredOnTime = Clock.offset(this.clock, Duration.ofDays(20));
		contract.deliver(milestone.id(), upload("翻訳.docx"), null, deliveredOnTime);
		contract.accept(milestone.id(), Clock.offset(this.clock, Duration.ofDays(25)));

		assertThat(dueDates(Clock.offset(this.clock, Duration.ofDays(25))).dueDate(contract, milestone))
			.isEqualTo(this.today.plusDays(50));
	}

	@Test
	void anEarlyDeliveryIsPaidWithinSixtyDaysOfItsReceiptNotOfTheAgreedDeliveryDate() {
		// Agreed: delivery on day 20, payment on day 80, the latest the terms allow.
		Contract contract = contract(terms(40_000, 20, 80, 25), plans(40_000));
		Milestone milestone = contract.milestones().get(0);
		contract.deliver(milestone.id(), upload("翻訳.docx"), null, this.clock);
		Clock inspected = Clock.offset(this.clock, Duration.ofDays(3));
		contract.accept(milestone.id(), inspected);

		assertThat(dueDates(inspected).dueDate(contract, milestone)).isEqualTo(this.today.plusDays(60));
	}

	@Test
	void anInvoiceInspectedAfterThePaymentDateIsDueInThirtyDaysButNeverLaterThanSixtyAfterReceipt() {
		Contract contract = contract(terms(40_000, 20, 50), plans(40_000));
		Milestone milestone = contract.milestones().get(0);
		contract.deliver(milestone.id(), upload("翻訳.docx"), null, Clock.offset(this.clock, Duration.ofDays(10)));

		// Received on day 10, inspected on day 55: day 85 would be more than 60 days on.
		assertThat(dueDates(Clock.offset(this.clock, Duration.ofDays(55))).dueDate(contract, milestone))
			.isEqualTo(this.today.plusDays(70));
		// Inspected on day 35, before the payment date: the agreed date stands.
		assertThat(dueDates(Clock.offset(this.clock, Duration.ofDays(35))).dueDate(contract, milestone))
			.isEqualTo(this.today.plusDays(50));
		// Inspected on day 75, already beyond the limit: due at once, never in the past.
		assertThat(dueDates(Clock.offset(this.clock, Duration.ofDays(75))).dueDate(contract, milestone))
			.isEqualTo(this.today.plusDays(75));
	}

	private Contract contract() {
		return contract(terms(40_000, 20, 50),
				List.of(new MilestonePlan("前半の翻訳", Yen.of(15_000), this.today.plusDays(10)),
						new MilestonePlan("後半の翻訳", Yen.of(25_000), this.today.plusDays(20))));
	}

	private Contract contract(ContractTerms terms, List<MilestonePlan> plans) {
		return contract(terms, plans, new BigDecimal("10"));
	}

	private Contract contract(ContractTerms terms, List<MilestonePlan> plans, BigDecimal agentFeePercent) {
		return new Contract(this.parties, terms, WorkCategory.TRANSLATION, plans, agentFeePercent, this.clock);
	}

	/** Terms ordered today, days counted from today. */
	private ContractTerms terms(long remuneration, int deliveryDay, int paymentDay) {
		return terms(remuneration, deliveryDay, paymentDay, deliveryDay);
	}

	private ContractTerms terms(long remuneration, int deliveryDay, int paymentDay, int inspectionDay) {
		return new ContractTerms(this.today, "旅館の館内案内の翻訳", this.today.plusDays(deliveryDay), "Musubiの契約ページにアップロード",
				Yen.of(remuneration), null, this.today.plusDays(paymentDay), this.today.plusDays(inspectionDay));
	}

	/** Milestones all due on the delivery date of {@link #terms}, day 20. */
	private List<MilestonePlan> plans(long... amounts) {
		return Arrays.stream(amounts)
			.mapToObj((amount) -> new MilestonePlan("作業", Yen.of(amount), this.today.plusDays(20)))
			.toList();
	}

	// The invoice's due date is the service's to work out, from the contract alone; it
	// needs nothing of the service but its clock.
	private static Contracts dueDates(Clock clock) {
		return new Contracts(null, null, null, null, null, null, null, null, null, null, clock);
	}

	private static StoredUpload upload(String filename) {
		return new StoredUpload("deliverables/" + filename, filename, "application/octet-stream", 1_234,
				"ab".repeat(32));
	}

	private static void refused(ThrowingCallable call, String field, String messageKey) {
		assertThatExceptionOfType(InputRefused.class).isThrownBy(call).satisfies((refusal) -> {
			assertThat(refusal.field()).isEqualTo(field);
			assertThat(refusal.messageKey()).isEqualTo(messageKey);
		});
	}

	private static void wrongMilestoneStatus(ThrowingCallable call, MilestoneStatus status) {
		assertThatExceptionOfType(Milestone.WrongMilestoneStatus.class).isThrownBy(call)
			.satisfies((refusal) -> assertThat(refusal.status()).isEqualTo(status));
	}

}
