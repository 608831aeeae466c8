package jp.musubi.accounts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;

import jp.musubi.accounts.account.AccountRepository;
import jp.musubi.accounts.account.AccountStatus;
import jp.musubi.platform.audit.AuditAction;
import jp.musubi.platform.audit.AuditEntry;
import jp.musubi.platform.audit.AuditLog;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@MusubiTest
@RecordApplicationEvents
class PersonalDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountRepository accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPersonDownloadsEverythingKeptAboutThemAndTheDownloadIsRecorded() throws Exception {
		TestUser user = this.fixtures.member("exporter");
		this.mvc.perform(post("/account/sensitive").with(csrf())
			.with(this.fixtures.signedIn(user))
			.param("aged60OrOver", "true")
			.param("aged60OrOverConsent", "true"));
		this.fixtures.organisation("在宅ワーク協同組合", OrganisationType.NPO, user);

		String json = this.mvc.perform(post("/account/data/export").with(csrf()).with(this.fixtures.signedIn(user)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", startsWith("attachment;")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat((String) JsonPath.read(json, "$.account.email")).isEqualTo(user.email());
		assertThat((String) JsonPath.read(json, "$.profile.familyName")).isEqualTo("山田");
		assertThat((String) JsonPath.read(json, "$.profile.postalCode")).isEqualTo("969-3301");
		assertThat((List<String>) JsonPath.read(json, "$.sensitiveDeclarations[*].attribute"))
			.containsExactly("AGED_60_OR_OVER");
		assertThat((List<String>) JsonPath.read(json, "$.organisations[*].name")).containsExactly("在宅ワーク協同組合");
		assertThat((List<String>) JsonPath.read(json, "$.auditLog[*].action")).contains("CONSENT_GIVEN");
		assertThat(json).doesNotContain("password");
		assertThat(actions(user)).contains(AuditAction.DATA_EXPORTED);
	}

	@Test
	void aWithdrawnDeclarationLeavesNothingThatNamesIt() throws Exception {
		TestUser user = this.fixtures.member("withdrawing");
		TestUser admin = this.fixtures.admin("auditor");
		this.mvc.perform(post("/account/sensitive").with(csrf())
			.with(this.fixtures.signedIn(user))
			.param("disability", "true")
			.param("disabilityConsent", "true"));
		this.mvc.perform(post("/account/sensitive").with(csrf()).with(this.fixtures.signedIn(user)))
			.andExpect(redirectedUrl("/account"));

		assertThat(this.audit.concerning(user.id(), 50)).extracting(AuditEntry::action)
			.contains(AuditAction.CONSENT_GIVEN, AuditAction.CONSENT_WITHDRAWN);
		assertThat(this.jdbc
			.sql("SELECT action || ' ' || COALESCE(detail, '') FROM audit_event "
					+ "WHERE subject_id = :id OR actor_id = :id")
			.param("id", user.id())
			.query(String.class)
			.list()).noneSatisfy((line) -> assertThat(line).containsIgnoringCase("disab"));
		String json = this.mvc.perform(post("/account/data/export").with(csrf()).with(this.fixtures.signedIn(user)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("CONSENT_WITHDRAWN").doesNotContainIgnoringCase("disab").doesNotContain("障");
		String adminPage = Page
			.of(this.mvc.perform(get("/admin/users/{id}", user.id()).with(this.fixtures.signedIn(admin))))
			.text();
		assertThat(adminPage).contains(user.email()).doesNotContainIgnoringCase("disab").doesNotContain("障");
	}

	@Test
	void theMigrationRewritesEntriesThatNamedASensitiveDeclarationAndNoOthers(@Autowired DataSource dataSource) {
		TestUser user = this.fixtures.member("logged-before");
		List<String> written = List.of("DISABILITY v2026-11", "AGED_60_OR_OVER v2026-11", "WOMAN", "tourism.MARKETING");
		for (String detail : written) {
			this.jdbc.sql("""
					INSERT INTO audit_event (id, occurred_at, action, actor_id, subject_id, detail)
					VALUES (:id, CURRENT_TIMESTAMP, :action, :account, :account, :detail)""")
				.param("id", UUID.randomUUID())
				.param("action", detail.contains(" v") ? "CONSENT_GIVEN" : "CONSENT_WITHDRAWN")
				.param("account", user.id())
				.param("detail", detail)
				.update();
		}

		new ResourceDatabasePopulator(
				new ClassPathResource("db/migration/accounts/V4__audit_names_no_sensitive_declaration.sql"))
			.execute(dataSource);

		assertThat(this.audit.concerning(user.id(), 10)).extracting(AuditEntry::detail)
			.containsExactlyInAnyOrder("sensitive v2026-11", "sensitive v2026-11", "sensitive", "tourism.MARKETING");
	}

	@Test
	void erasureNeedsTheTickAndThePasswordAndOtherwiseChangesNothing() throws Exception {
		TestUser user = this.fixtures.member("hesitant");
		assertThat(Page.of(this.mvc.perform(erase(user).param("password", Fixtures.PASSWORD))).errorFor("understood"))
			.contains("チェックを入れて");
		assertThat(Page.of(this.mvc.perform(erase(user).param("understood", "true").param("password", "wrong")))
			.errorFor("password")).contains("正しくありません");
		assertThat(this.accounts.findById(user.id()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
	}

	@Test
	void anErasedAccountKeepsOnlyItsIdAndTheRecordOfTheErasure(@Autowired ApplicationEvents events) throws Exception {
		TestUser user = this.fixtures.member("leaving");
		this.mvc.perform(post("/account/sensitive").with(csrf())
			.with(this.fixtures.signedIn(user))
			.param("disability", "true")
			.param("disabilityConsent", "true"));
		var organisation = this.fixtures.organisation("ゆのもり農園", OrganisationType.PRODUCER, user);

		this.mvc.perform(erase(user).param("understood", "true").param("password", Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/"));

		var erased = this.accounts.findById(user.id()).orElseThrow();
		assertThat(erased.status()).isEqualTo(AccountStatus.ERASED);
		assertThat(erased.email()).doesNotContain("leaving");
		assertThat(erased.profile().familyName()).isEmpty();
		assertThat(erased.declarations()).isEmpty();
		assertThat(this.jdbc.sql("SELECT count(*) FROM organisation_membership WHERE account_id = :id")
			.param("id", user.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM organisation WHERE id = :id")
			.param("id", organisation)
			.query(Long.class)
			.single()).isOne();
		assertThat(actions(user)).contains(AuditAction.ACCOUNT_ERASED);
		assertThat(events.stream(AccountErased.class)).containsExactly(new AccountErased(user.id()));

		this.mvc.perform(post("/signin").with(csrf()).param("email", user.email()).param("password", Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/signin?error=credentials"));
		this.mvc
			.perform(post("/signup").with(csrf())
				.param("kind", "member")
				.param("email", user.email())
				.param("password", Fixtures.PASSWORD)
				.param("passwordConfirmation", Fixtures.PASSWORD)
				.param("familyName", "山田")
				.param("givenName", "再")
				.param("acceptTerms", "true"))
			.andExpect(redirectedUrl("/signup/sent"));
	}

	private MockHttpServletRequestBuilder erase(TestUser user) {
		return post("/account/erase").with(csrf()).with(this.fixtures.signedIn(user));
	}

	private List<AuditAction> actions(TestUser user) {
		return this.audit.concerning(user.id(), 50).stream().map(AuditEntry::action).toList();
	}

}
