package jp.musubi.work.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jp.musubi.platform.money.Yen;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules a proposal keeps by itself: it stays open, and so can be shortlisted,
 * accepted, withdrawn or changed, until one of those closes it. Whether the request is
 * open, whose proposal it is and what price and date are sensible are the service's
 * concern.
 */
class ProposalRulesTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T01:00:00Z"), ZoneOffset.UTC);

	private final LocalDate today = LocalDate.of(2026, 11, 25);

	private final UUID request = UUID.randomUUID();

	private final UUID member = UUID.randomUUID();

	@Test
	void aNewProposalIsSubmittedAndOpenWithTheMembersOffer() {
		Proposal proposal = proposal();

		assertThat(proposal.id()).isNotNull();
		assertThat(proposal.requestId()).isEqualTo(this.request);
		assertThat(proposal.memberId()).isEqualTo(this.member);
		assertThat(proposal.message()).isEqualTo("お手伝いします。");
		assertThat(proposal.price()).isEqualTo(Yen.of(30_000));
		assertThat(proposal.deliveryDate()).isEqualTo(this.today.plusDays(10));
		assertThat(proposal.createdAt()).isEqualTo(this.clock.instant());
		assertThat(proposal.status()).isEqualTo(ProposalStatus.SUBMITTED);
		assertThat(proposal.isOpen()).isTrue();
	}

	@Test
	void aShortlistedProposalIsStillOpenAndCanBeAccepted() {
		Proposal proposal = proposal();

		proposal.shortlist();
		assertThat(proposal.status()).isEqualTo(ProposalStatus.SHORTLISTED);
		assertThat(proposal.isOpen()).isTrue();
		proposal.shortlist();
		assertThat(proposal.status()).as("shortlisting twice changes nothing").isEqualTo(ProposalStatus.SHORTLISTED);

		proposal.accept();
		assertThat(proposal.status()).isEqualTo(ProposalStatus.ACCEPTED);
	}

	@Test
	void anAcceptedProposalIsClosedToEverythingElse() {
		Proposal proposal = proposal();

		proposal.accept();

		assertThat(proposal.status()).isEqualTo(ProposalStatus.ACCEPTED);
		assertThat(proposal.isOpen()).isFalse();
		closed(proposal::accept, ProposalStatus.ACCEPTED);
		closed(proposal::shortlist, ProposalStatus.ACCEPTED);
		closed(proposal::withdraw, ProposalStatus.ACCEPTED);
		closed(() -> proposal.revise("値下げします。", Yen.of(20_000), this.today.plusDays(5)), ProposalStatus.ACCEPTED);
		assertThat(proposal.price()).isEqualTo(Yen.of(30_000));
		assertThat(proposal.status()).isEqualTo(ProposalStatus.ACCEPTED);
	}

	@Test
	void theMemberWithdrawsAnOpenProposalWhetherShortlistedOrNot() {
		Proposal submitted = proposal();
		Proposal shortlisted = proposal();
		shortlisted.shortlist();

		for (Proposal proposal : new Proposal[] { submitted, shortlisted }) {
			proposal.withdraw();
			assertThat(proposal.status()).isEqualTo(ProposalStatus.WITHDRAWN);
			assertThat(proposal.isOpen()).isFalse();
		}
	}

	@Test
	void aWithdrawnProposalCanBeNeitherWithdrawnAgainNorShortlistedNorAccepted() {
		Proposal proposal = proposal();
		proposal.withdraw();

		closed(proposal::withdraw, ProposalStatus.WITHDRAWN);
		closed(proposal::shortlist, ProposalStatus.WITHDRAWN);
		closed(proposal::accept, ProposalStatus.WITHDRAWN);
		assertThat(proposal.status()).isEqualTo(ProposalStatus.WITHDRAWN);
	}

	@Test
	void revisingAWithdrawnProposalRenewsItWithTheNewOffer() {
		Proposal proposal = proposal();
		proposal.withdraw();

		proposal.revise("やはりお手伝いできます。", Yen.of(28_000), this.today.plusDays(12));

		assertThat(proposal.status()).isEqualTo(ProposalStatus.SUBMITTED);
		assertThat(proposal.isOpen()).isTrue();
		assertThat(proposal.message()).isEqualTo("やはりお手伝いできます。");
		assertThat(proposal.price()).isEqualTo(Yen.of(28_000));
		assertThat(proposal.deliveryDate()).isEqualTo(this.today.plusDays(12));
		proposal.accept();
		assertThat(proposal.status()).isEqualTo(ProposalStatus.ACCEPTED);
	}

	@Test
	void aRevisedOfferIsSubmittedAfreshEvenWhenItWasShortlistedAndKeepsItsDate() {
		Proposal proposal = proposal();
		proposal.shortlist();
		Instant created = proposal.createdAt();

		// The client shortlisted the old offer, not the new one.
		proposal.revise("納期を早めます。", Yen.of(30_000), this.today.plusDays(7));

		assertThat(proposal.status()).isEqualTo(ProposalStatus.SUBMITTED);
		assertThat(proposal.deliveryDate()).isEqualTo(this.today.plusDays(7));
		assertThat(proposal.createdAt()).isEqualTo(created);
	}

	@Test
	void acceptingAnotherProposalDeclinesOnlyTheOpenOnes() {
		Proposal submitted = proposal();
		Proposal shortlisted = proposal();
		shortlisted.shortlist();
		Proposal withdrawn = proposal();
		withdrawn.withdraw();
		Proposal accepted = proposal();
		accepted.accept();

		for (Proposal proposal : new Proposal[] { submitted, shortlisted, withdrawn, accepted }) {
			proposal.decline();
		}

		assertThat(submitted.status()).isEqualTo(ProposalStatus.DECLINED);
		assertThat(shortlisted.status()).isEqualTo(ProposalStatus.DECLINED);
		assertThat(withdrawn.status()).as("the member's own word stands").isEqualTo(ProposalStatus.WITHDRAWN);
		assertThat(accepted.status()).isEqualTo(ProposalStatus.ACCEPTED);
	}

	@Test
	void aDeclinedProposalIsClosedForGoodAndDecliningItAgainChangesNothing() {
		Proposal proposal = proposal();
		proposal.decline();

		proposal.decline();

		assertThat(proposal.status()).isEqualTo(ProposalStatus.DECLINED);
		assertThat(proposal.isOpen()).isFalse();
		closed(proposal::accept, ProposalStatus.DECLINED);
		closed(proposal::shortlist, ProposalStatus.DECLINED);
		closed(proposal::withdraw, ProposalStatus.DECLINED);
		closed(() -> proposal.revise("もう一度", Yen.of(25_000), this.today.plusDays(10)), ProposalStatus.DECLINED);
		assertThat(proposal.price()).isEqualTo(Yen.of(30_000));
	}

	@Test
	void theRefusalSaysWhatClosedTheProposal() {
		Proposal proposal = proposal();
		proposal.withdraw();

		assertThatExceptionOfType(Proposal.Closed.class).isThrownBy(proposal::accept)
			.withMessage("The proposal is WITHDRAWN");
		assertThat(ProposalStatus.WITHDRAWN.messageKey()).isEqualTo("work.proposal.status.WITHDRAWN");
	}

	private Proposal proposal() {
		return new Proposal(this.request, this.member, "お手伝いします。", Yen.of(30_000), this.today.plusDays(10), this.clock);
	}

	private static void closed(ThrowingCallable call, ProposalStatus status) {
		assertThatExceptionOfType(Proposal.Closed.class).isThrownBy(call)
			.satisfies((refusal) -> assertThat(refusal.status()).isEqualTo(status));
	}

}
