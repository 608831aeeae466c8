package jp.musubi.accounts;

import java.time.Duration;
import java.util.Optional;

import jp.musubi.accounts.account.AccountEvents.PasswordResetRequested;
import jp.musubi.accounts.account.Credentials;
import jp.musubi.accounts.account.Erasure;
import jp.musubi.platform.mail.Mailer;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.Mailbox;
import jp.musubi.support.TestConfiguration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

/**
 * The accounts module on its own, with only the platform beside it: it starts without the
 * other modules, tells them of an erasure by an event they can rely on, and its mails
 * survive a failure of their listener.
 */
@ApplicationModuleTest
// No job server: this context, cached for the rest of the run, would take the whole
// application's jobs from the shared database and fail them for want of their beans.
@TestPropertySource(properties = { "musubi.demo.enabled=false", "jobrunr.background-job-server.enabled=false" })
@Import(TestConfiguration.class)
class AccountsModuleTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Erasure erasure;

	@Autowired
	Credentials credentials;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EventPublicationRepository publications;

	// Only to make one mail fail to be written, as a database out of reach for a moment
	// would; every other call goes to the real Mailer.
	@MockitoSpyBean
	Mailer mailer;

	@Test
	void erasingAnAccountTellsTheOtherModules(Scenario scenario) {
		TestUser user = this.fixtures.member("module");
		scenario.stimulate(() -> this.erasure.erase(user.id(), Fixtures.PASSWORD))
			.andWaitForEventOfType(AccountErased.class)
			.matching((event) -> event.accountId().equals(user.id()))
			.toArriveAndVerify((event) -> assertThat(event.accountId()).isEqualTo(user.id()));
	}

	@Test
	void aMailWhoseListenerFailedArrivesOnceWhenItsEventIsHandedOverAgain() {
		TestUser user = this.fixtures.member("retried");
		doThrow(new IllegalStateException("the database is out of reach")).doCallRealMethod()
			.when(this.mailer)
			.once(startsWith("account-reset:"));

		// The person's request stands although its mail failed, and its event waits.
		this.credentials.requestReset(user.email());
		verify(this.mailer, timeout(30_000)).once(startsWith("account-reset:"));
		PasswordResetRequested event = Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> waiting(user), Optional::isPresent)
			.get();
		assertThat(Mailbox.to(user.email(), "reset-password")).isEmpty();

		// What Housekeeping does every five minutes, and a start does once.
		this.incomplete.resubmitIncompletePublications((publication) -> mine(publication.getEvent(), user));
		String link = Mailbox.path(Mailbox.awaitFirst(user.email(), "reset-password"), "/password/reset");
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> waiting(user).isEmpty());

		// The same event handed over once more (a node that died after the mail was
		// written,
		// before the event was marked done): no second mail, and the link mailed still
		// works.
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
		verify(this.mailer, timeout(30_000).times(3)).once(startsWith("account-reset:"));
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> waiting(user).isEmpty());
		assertThat(Mailbox.to(user.email(), "reset-password")).hasSize(1);
		this.credentials.checkResetLink(Mailbox.parameter(link, "token"));
	}

	/** The user's reset event, while its listener has not done its work. */
	private Optional<PasswordResetRequested> waiting(TestUser user) {
		return this.publications.findIncompletePublications()
			.stream()
			.map(TargetEventPublication::getEvent)
			.filter((event) -> mine(event, user))
			.map(PasswordResetRequested.class::cast)
			.findFirst();
	}

	private static boolean mine(Object event, TestUser user) {
		return event instanceof PasswordResetRequested reset && reset.accountId().equals(user.id());
	}

}
