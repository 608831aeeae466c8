package jp.musubi.accounts;

import jp.musubi.accounts.account.Erasure;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.TestConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accounts module on its own, with only the platform beside it: it starts without the
 * other modules, and tells them of an erasure by an event they can rely on.
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

	@Test
	void erasingAnAccountTellsTheOtherModules(Scenario scenario) {
		TestUser user = this.fixtures.member("module");
		scenario.stimulate(() -> this.erasure.erase(user.id(), Fixtures.PASSWORD))
			.andWaitForEventOfType(AccountErased.class)
			.matching((event) -> event.accountId().equals(user.id()))
			.toArriveAndVerify((event) -> assertThat(event.accountId()).isEqualTo(user.id()));
	}

}
