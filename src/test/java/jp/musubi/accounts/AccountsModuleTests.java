package jp.musubi.accounts;

import java.util.UUID;

import jp.musubi.accounts.account.AccountEvents.PasswordResetRequested;
import jp.musubi.accounts.account.Credentials;
import jp.musubi.accounts.account.Erasure;
import jp.musubi.platform.mail.Mailer;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.Mailbox;
import jp.musubi.support.TestConfiguration;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;

/**
 * The accounts module on its own, with only the platform beside it: it starts without the
 * other modules, tells them of an erasure by an event they can rely on, and a mail that
 * cannot be written leaves nothing half done.
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
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

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
	void aMailThatCannotBeWrittenRefusesTheChangeWholeAndAListenerRunAgainSendsNothingTwice() {
		TestUser user = this.fixtures.member("retried");
		doThrow(new IllegalStateException("the database is out of reach")).doCallRealMethod()
			.when(this.mailer)
			.once(startsWith("account-reset:"));

		// Nothing half done: no link kept without its mail, and nothing mailed.
		assertThatIllegalStateException().isThrownBy(() -> this.credentials.requestReset(user.email()));
		assertThat(this.jdbc.sql("SELECT count(*) FROM account_token WHERE account_id = ?")
			.param(user.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(Mailbox.to(user.email(), "reset-password")).isEmpty();

		// The person asks again, and the mail is out before the answer.
		this.credentials.requestReset(user.email());
		assertThat(Mailbox.to(user.email(), "reset-password")).hasSize(1);
		String link = Mailbox.path(Mailbox.to(user.email(), "reset-password").get(0), "/password/reset");

		// The same event handed to its listener once more (a retried event): no second
		// mail, no second link, and the link mailed still works.
		ArgumentCaptor<String> keys = ArgumentCaptor.forClass(String.class);
		verify(this.mailer, atLeastOnce()).once(keys.capture());
		String key = keys.getAllValues()
			.stream()
			.filter((captured) -> captured.startsWith("account-reset:"))
			.reduce((first, second) -> second)
			.orElseThrow();
		Object event = new PasswordResetRequested(user.id(), UUID.fromString(key.substring(key.indexOf(':') + 1)));
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
		assertThat(Mailbox.to(user.email(), "reset-password")).hasSize(1);
		this.credentials.checkResetLink(Mailbox.parameter(link, "token"));
	}

}
