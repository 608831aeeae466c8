package jp.musubi.work;

import java.util.UUID;

import jp.musubi.accounts.AccountErased;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.security.Role;
import jp.musubi.support.ErasureChecks;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member who erases their account leaves the work exchange: their profile is gone from
 * its page, the API and the member search, and no table keeps their name, address or
 * words except what the erasure page lists as kept: the qualified invoice they issued,
 * which must name its issuer.
 */
@MusubiTest
@EnableScenarios
class WorkErasureTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anErasedMembersProfileWordsAndNameAreGoneFromEveryTableAndTheSearch(Scenario scenario) throws Exception {
		WorkParties parties = new WorkParties(this.mvc, this.fixtures, this.clock);
		String mark = UUID.randomUUID().toString().substring(0, 8);
		TestUser leaving = this.fixtures.person("erasmus" + mark, Role.MEMBER, Language.JA);
		String introduction = "水彩の挿絵を描いています " + mark;
		String link = "https://portfolio.example.jp/" + mark;
		this.mvc
			.perform(post("/work/profile").with(csrf())
				.with(this.fixtures.signedIn(leaving))
				.param("introduction", introduction)
				.param("hoursPerWeek", "20")
				.param("prefecture", "07")
				.param("links", link))
			.andExpect(status().is3xxRedirection());
		UUID request = parties.publishedRequest("挿絵の制作 " + mark, "DESIGN", WorkParties.WEB_DESIGN);
		this.mvc.perform(post("/work/requests/{id}/messages", request).with(csrf())
			.with(this.fixtures.signedIn(leaving))
			.param("body", "挿絵は何点でしょうか " + mark));
		UUID contract = parties.contract(parties.proposal(leaving, request, "30000"), "30000");
		assertThat(parties.deliveredAndAccepted(leaving, contract)).startsWith("/work/invoices/");
		assertThat(memberSearch(parties, mark)).contains(leaving.id().toString());
		String givenName = "erasmus" + mark;
		assertThat(ErasureChecks.tablesHolding(this.jdbc, givenName)).contains("account.given_name",
				"contract.member_name", "thread_message.author_name", "invoice.issuer_name");
		assertThat(ErasureChecks.tablesHolding(this.jdbc, introduction)).containsExactly("work_profile.introduction");

		scenario.stimulate(() -> ErasureChecks.erase(this.mvc, this.fixtures, leaving))
			.andWaitForStateChange(() -> handledByWork(leaving))
			.andVerify((handled) -> assertThat(handled).isTrue());

		this.mvc.perform(get("/work/members/{id}", leaving.id()).with(this.fixtures.signedIn(parties.client)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/work/members/{id}", leaving.id()).with(this.fixtures.signedIn(parties.client)))
			.andExpect(status().isNotFound());
		assertThat(memberSearch(parties, mark)).doesNotContain(leaving.id().toString());
		assertThat(memberSearch(parties, "水彩 挿絵 " + mark)).doesNotContain(leaving.id().toString());
		assertThat(ErasureChecks.tablesHolding(this.jdbc, givenName))
			.as("only the invoice, which the erasure page lists as kept")
			.containsExactly("invoice.issuer_name");
		assertThat(ErasureChecks.tablesHolding(this.jdbc, leaving.email())).isEmpty();
		assertThat(ErasureChecks.tablesHolding(this.jdbc, introduction)).isEmpty();
		assertThat(ErasureChecks.tablesHolding(this.jdbc, link)).isEmpty();
		assertThat(ErasureChecks.tablesHolding(this.jdbc, "挿絵は何点でしょうか " + mark)).isEmpty();
		assertThat(Page
			.of(this.mvc.perform(get("/work/contracts/{id}", contract).with(this.fixtures.signedIn(parties.client))))
			.text()).as("the contract names a pseudonym").containsPattern("#[0-9a-f]{8}");
		assertThat(Page.of(this.mvc.perform(get("/account/erase").with(this.fixtures.signedIn(parties.member)))).text())
			.contains("契約", "適格請求書", "7年");
	}

	private String memberSearch(WorkParties parties, String words) throws Exception {
		return this.mvc
			.perform(get("/api/v1/work/members").param("q", words).with(this.fixtures.signedIn(parties.agent)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private boolean handledByWork(TestUser user) {
		return this.jdbc.sql("""
				SELECT count(*) FROM event_publication WHERE event_type = :type AND listener_id LIKE '%.work.privacy.%'
				AND completion_date IS NOT NULL AND strpos(serialized_event, :id) > 0""")
			.param("type", AccountErased.class.getName())
			.param("id", user.id().toString())
			.query(Long.class)
			.single() > 0;
	}

}
