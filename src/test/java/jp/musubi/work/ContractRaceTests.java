package jp.musubi.work;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jp.musubi.accounts.account.CurrentUsers;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.work.contract.Contract;
import jp.musubi.work.contract.ContractRepository;
import jp.musubi.work.contract.Contracts;
import jp.musubi.work.contract.MilestonePlan;
import jp.musubi.work.contract.TermsDraft;
import jp.musubi.work.proposal.ProposalRepository;
import jp.musubi.work.proposal.ProposalStatus;
import org.junit.jupiter.api.RepeatedTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people of the client accepting two proposals for one request at the same moment:
 * one contract comes of it, the other is told the work is taken.
 */
@MusubiTest
class ContractRaceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MovableClock clock;

	@Autowired
	CurrentUsers currentUsers;

	@Autowired
	Contracts contracts;

	@Autowired
	ContractRepository contractRepository;

	@Autowired
	ProposalRepository proposals;

	@RepeatedTest(3)
	void twoAcceptancesAtOnceMakeOneContract() throws Exception {
		WorkParties parties = new WorkParties(this.mvc, this.fixtures, this.clock);
		UUID request = parties.publishedRequest("伝票入力 " + UUID.randomUUID(), "DATA_ENTRY", WorkParties.DATA_ENTRY);
		TestUser second = this.fixtures.member("次郎");
		List<UUID> offers = List.of(parties.proposal(parties.member, request, "20000"),
				parties.proposal(second, request, "18000"));
		CurrentUser client = this.currentUsers.of(parties.client.id());

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		List<CompletableFuture<Object>> outcomes = new ArrayList<>();
		for (UUID offer : offers) {
			outcomes.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
					return this.contracts.accept(client, offer, terms(parties, offer));
				}
				catch (Contracts.AlreadyContracted | InputRefused ex) {
					return ex;
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return ex;
				}
			}, threads));
		}
		start.countDown();
		List<Object> results = outcomes.stream().map(CompletableFuture::join).toList();
		threads.shutdown();
		assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

		assertThat(results).filteredOn(Contract.class::isInstance).hasSize(1);
		assertThat(results).filteredOn((result) -> !(result instanceof Contract))
			.singleElement()
			.satisfies((refusal) -> assertThat(refusal).isInstanceOfAny(Contracts.AlreadyContracted.class,
					InputRefused.class));
		assertThat(this.contractRepository.findByRequestId(request)).isPresent();
		assertThat(this.proposals.findByRequestIdOrderByCreatedAt(request)).extracting((p) -> p.status())
			.containsExactlyInAnyOrder(ProposalStatus.ACCEPTED, ProposalStatus.DECLINED);
	}

	private static TermsDraft terms(WorkParties parties, UUID offer) {
		Yen amount = Yen.of(20000);
		return new TermsDraft("伝票の入力作業", parties.today().plusDays(10), "アップロード", amount, null,
				parties.today().plusDays(40), parties.today().plusDays(15),
				List.of(new MilestonePlan("一式", amount, parties.today().plusDays(10))));
	}

}
