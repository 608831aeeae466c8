package jp.musubi.accounts;

import java.util.List;

import jp.musubi.accounts.account.AccountRepository;
import jp.musubi.platform.audit.AuditAction;
import jp.musubi.platform.audit.AuditEntry;
import jp.musubi.platform.audit.AuditLog;
import jp.musubi.platform.security.Role;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@MusubiTest
class AdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountRepository accounts;

	@Autowired
	AuditLog audit;

	@Test
	void anAdminFindsAPersonAndGivesThemARoleWhichIsAudited() throws Exception {
		TestUser admin = this.fixtures.admin("chief");
		TestUser adviser = this.fixtures.member("Megumi");
		Page found = Page
			.of(this.mvc.perform(get("/admin/users").param("q", adviser.email()).with(this.fixtures.signedIn(admin))));
		assertThat(found.textsOf("td")).contains(adviser.email());
		this.mvc
			.perform(post("/admin/users/{id}/roles", adviser.id()).with(csrf())
				.with(this.fixtures.signedIn(admin))
				.param("roles", "MEMBER", "ADVISER"))
			.andExpect(redirectedUrl("/admin/users/" + adviser.id()));
		assertThat(this.accounts.findById(adviser.id()).orElseThrow().roles()).contains(Role.MEMBER, Role.ADVISER);
		assertThat(this.audit.concerning(adviser.id(), 20)).anySatisfy((AuditEntry entry) -> {
			assertThat(entry.action()).isEqualTo(AuditAction.ROLE_GRANTED);
			assertThat(entry.actor()).isEqualTo(admin.id());
			assertThat(entry.detail()).isEqualTo("ADVISER");
		});
	}

	@Test
	void anAdminCannotTakeTheirOwnAdminRoleAwayNorNameAnUnknownRole() throws Exception {
		TestUser admin = this.fixtures.admin("self");
		var result = this.mvc
			.perform(post("/admin/users/{id}/roles", admin.id()).with(csrf())
				.with(this.fixtures.signedIn(admin))
				.param("roles", "MEMBER"))
			.andReturn();
		assertThat(result.getFlashMap().get("notice")).isEqualTo("accounts.admin.error.self");
		assertThat(this.accounts.findById(admin.id()).orElseThrow().hasRole(Role.ADMIN)).isTrue();

		TestUser member = this.fixtures.member("plain");
		var unknown = this.mvc
			.perform(post("/admin/users/{id}/roles", member.id()).with(csrf())
				.with(this.fixtures.signedIn(admin))
				.param("roles", "MEMBER", "EMPEROR"))
			.andReturn();
		assertThat(unknown.getFlashMap().get("notice")).isEqualTo("accounts.admin.error.role");
		assertThat(this.accounts.findById(member.id()).orElseThrow().roles()).containsExactly(Role.MEMBER);
	}

	@Test
	void aDisabledAccountCannotSignInAndIsAudited() throws Exception {
		TestUser admin = this.fixtures.admin("warden");
		TestUser member = this.fixtures.member("spammer");
		this.mvc
			.perform(post("/admin/users/{id}/disable", member.id()).with(csrf()).with(this.fixtures.signedIn(admin)))
			.andExpect(redirectedUrl("/admin/users/" + member.id()));
		this.mvc
			.perform(post("/signin").with(csrf()).param("email", member.email()).param("password", Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/signin?error=disabled"));
		assertThat(this.audit.concerning(member.id(), 20)).extracting(AuditEntry::action)
			.contains(AuditAction.ACCOUNT_DISABLED);
	}

	@Test
	void peopleWhoAreNotAdminsAreKeptOutOfAdministration() throws Exception {
		TestUser member = this.fixtures.member("nosy");
		TestUser other = this.fixtures.member("target");
		this.mvc.perform(get("/admin/users").with(this.fixtures.signedIn(member))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/jobs").with(this.fixtures.signedIn(member))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/users/{id}/roles", member.id()).with(csrf())
				.with(this.fixtures.signedIn(member))
				.param("roles", "ADMIN"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/users/{id}/disable", other.id()).with(csrf()).with(this.fixtures.signedIn(member)))
			.andExpect(status().isForbidden());
		assertThat(this.accounts.findById(member.id()).orElseThrow().hasRole(Role.ADMIN)).isFalse();
		this.mvc.perform(get("/actuator/prometheus").with(this.fixtures.signedIn(member)))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAdminSeesBackgroundJobsAndMetrics() throws Exception {
		TestUser admin = this.fixtures.admin("operator");
		Page jobs = Page.of(this.mvc.perform(get("/admin/jobs").with(this.fixtures.signedIn(admin))));
		assertThat(jobs.heading()).isEqualTo("バックグラウンド処理");
		assertThat(jobs.text()).contains("失敗したモジュール間イベントの再送");
		// Every job by its name in the page's language: none in JobRunr's English.
		List<String> names = jobs.document().select("table tbody tr td:first-child").eachText();
		// (The tests turn the figures' refresh off; their nightly rebuild stays listed.)
		assertThat(names).contains("観光の集計の作り直し", "途絶えたライブ配信の終了").noneMatch((name) -> name.matches("[\\p{ASCII}]+"));
		Page english = Page.of(this.mvc.perform(get("/admin/jobs?lang=en").with(this.fixtures.signedIn(admin))));
		assertThat(english.document().select("table tbody tr td:first-child").eachText())
			.contains("Rebuild the tourism figures");
		assertThat(this.mvc.perform(get("/actuator/prometheus").with(this.fixtures.signedIn(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("jvm_memory_used_bytes");
	}

}
