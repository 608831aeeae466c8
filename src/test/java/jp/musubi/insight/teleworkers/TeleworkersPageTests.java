package jp.musubi.insight.teleworkers;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.security.Role;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static jp.musubi.insight.teleworkers.TeleworkWeeks.logged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The region's teleworkers as the agent's staff see them: counted from the hours members
 * log, by group only with consent, small groups hidden, measured against the employed
 * population staff enter. Each test counts in weeks of its own (see
 * {@link TeleworkWeeks}).
 */
@MusubiTest
@EnableScenarios
class TeleworkersPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MovableClock clock;

	@Autowired
	CompletedEventPublications completed;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ContractWeekRepository contractWeeks;

	@AfterEach
	void putTheClockBack() {
		this.clock.reset();
	}

	@Test
	void theStaffSeeTheMembersWithEightHoursOverAllTheirContracts(Scenario scenario) throws Exception {
		LocalDate week = TeleworkWeeks.lastCompleteWeekOfItsOwn(this.clock);
		TestUser twoContracts = this.fixtures.member("two-contracts");
		TestUser oneContract = this.fixtures.member("one-contract");
		hours(scenario, twoContracts, week, "7");
		hours(scenario, twoContracts, week, "2");
		hours(scenario, oneContract, week, "7.5");
		hours(scenario, oneContract, week.minusWeeks(1), "8");
		hours(scenario, twoContracts, week.minusWeeks(1), "10");

		ResultActions result = this.mvc.perform(get("/insight/teleworkers").with(this.fixtures.signedIn(staff())));
		Page page = Page.of(result);

		assertThat(page.heading()).isEqualTo("地域のテレワーカー");
		assertThat(page.textOf("#teleworkers")).isEqualTo("1人");
		List<String> trend = page.textsOf("#trend tbody tr");
		assertThat(trend).hasSize(RegionTeleworkers.WEEKS);
		assertThat(trend.get(RegionTeleworkers.WEEKS - 1)).endsWith("1人");
		assertThat(trend.get(RegionTeleworkers.WEEKS - 2)).endsWith("2人");
		assertThat(result.andReturn().getResponse().getContentAsString())
			.contains("\"values\":[0,0,0,0,0,0,0,0,0,0,2,1]");

		Page earlier = Page.of(this.mvc.perform(get("/insight/teleworkers").param("week", week.minusWeeks(1).toString())
			.with(this.fixtures.signedIn(staff()))));
		assertThat(earlier.textOf("#teleworkers")).isEqualTo("2人");
		assertThat(earlier.attributeOf("#week option[selected]", "value")).isEqualTo(week.minusWeeks(1).toString());
	}

	@Test
	void groupsCountOnlyMembersWhoConsentedAndShowNothingThatPointsAtSomeone(Scenario scenario) throws Exception {
		LocalDate week = TeleworkWeeks.lastCompleteWeekOfItsOwn(this.clock);
		List<TestUser> women = new ArrayList<>();
		for (int n = 1; n <= 10; n++) {
			TestUser woman = this.fixtures.member("woman" + n);
			declare(woman, "woman");
			women.add(woman);
		}
		TestUser withoutConsent = this.fixtures.member("no-consent");
		this.mvc.perform(sensitive(withoutConsent).param("woman", "true").param("aged60OrOver", "true"));
		List<TestUser> others = new ArrayList<>(List.of(withoutConsent));
		for (int n = 1; n <= 9; n++) {
			TestUser senior = this.fixtures.member("senior" + n);
			declare(senior, "aged60OrOver");
			others.add(senior);
		}
		TestUser notATeleworker = this.fixtures.member("few-hours");
		declare(notATeleworker, "disability");
		women.forEach((woman) -> hoursIn(week, woman, "8"));
		others.forEach((other) -> hoursIn(week, other, "20"));
		hoursIn(week, notATeleworker, "3");

		Page page = Page.of(this.mvc.perform(get("/insight/teleworkers").with(this.fixtures.signedIn(staff()))));

		assertThat(page.textOf("#teleworkers")).isEqualTo("20人");
		assertThat(page.textOf("#group-WOMEN")).isEqualTo("女性 10人");
		assertThat(page.textOf("#group-AGED_60_OR_OVER")).as("9 seniors: a count below 10").isEqualTo("60歳以上 非公表");
		assertThat(page.textOf("#group-DISABLED")).as("zero is hidden as well").isEqualTo("障がいのある人 非公表");
		assertThat(page.textOf("#groups-consent")).contains("同意した会員だけが含まれます");
		assertThat(page.textOf("#groups-small")).contains("10人以上", "「非公表」", "配慮が必要な情報");

		// Her withdrawal changes no week already shown: 女性 9人 would say who withdrew.
		this.mvc.perform(sensitive(women.get(0))).andExpect(redirectedUrl("/account"));
		assertThat(Page.of(this.mvc.perform(get("/insight/teleworkers").with(this.fixtures.signedIn(staff()))))
			.textOf("#group-WOMEN")).isEqualTo("女性 10人");

		// The next week one more woman teleworks: 女性 11人 beside last week's 10 would say
		// that the newcomer, whom staff know, is a woman.
		LocalDate next = week.plusWeeks(1);
		TestUser newcomer = this.fixtures.member("newcomer");
		declare(newcomer, "woman");
		women.subList(1, women.size()).forEach((woman) -> hoursIn(next, woman, "8"));
		others.forEach((other) -> hoursIn(next, other, "20"));
		hoursIn(next, newcomer, "8");
		this.clock.advance(Duration.ofDays(7));
		Page nextWeek = Page.of(this.mvc.perform(get("/insight/teleworkers").with(this.fixtures.signedIn(staff()))));
		assertThat(nextWeek.textOf("#teleworkers")).isEqualTo("20人");
		assertThat(nextWeek.textOf("#group-WOMEN")).isEqualTo("女性 非公表");
		assertThat(Page
			.of(this.mvc.perform(
					get("/insight/teleworkers").param("week", week.toString()).with(this.fixtures.signedIn(staff()))))
			.textOf("#group-WOMEN")).isEqualTo("女性 10人");
	}

	@Test
	void theOnlyTeleworkersGroupIsNotShownWhicheverItIs() throws Exception {
		LocalDate week = TeleworkWeeks.lastCompleteWeekOfItsOwn(this.clock);
		TestUser woman = this.fixtures.member("only-one");
		declare(woman, "woman");
		hoursIn(week, woman, "12");

		Page page = Page.of(this.mvc.perform(get("/insight/teleworkers").with(this.fixtures.signedIn(staff()))));

		assertThat(page.textOf("#teleworkers")).isEqualTo("1人");
		assertThat(page.textsOf("#groups tbody td")).containsOnly("非公表");
	}

	@Test
	void theShareIsMeasuredAgainstTheLatestEmployedPopulation(Scenario scenario) throws Exception {
		LocalDate week = TeleworkWeeks.lastCompleteWeekOfItsOwn(this.clock);
		for (int n = 1; n <= 3; n++) {
			hours(scenario, this.fixtures.member("worker" + n), week, "40");
		}
		TestUser staff = staff();
		this.mvc.perform(population(staff, "1,000", "2015年国勢調査")).andExpect(redirectedUrl("/insight/teleworkers"));
		this.clock.advance(Duration.ofMinutes(1));
		this.mvc.perform(population(staff, "２，０００", "２０２０年 国勢調査")).andExpect(redirectedUrl("/insight/teleworkers"));

		Page page = Page.of(this.mvc.perform(get("/insight/teleworkers").with(this.fixtures.signedIn(staff))));

		assertThat(page.textOf("#teleworkers")).isEqualTo("3人");
		assertThat(page.textOf("#share")).isEqualTo("0.2％（国の目標は20％）");
		assertThat(page.textOf("#goal")).isEqualTo("400人（就業者数の20％）");
		assertThat(page.textOf("#population")).isEqualTo("2,000人（出典：2020年 国勢調査）");
		assertThat(page.textsOf("#trend tbody tr").get(RegionTeleworkers.WEEKS - 1)).endsWith("3人 0.2％");
		assertThat(page.textsOf("#population-history tbody tr")).first()
			.asString()
			.startsWith("2,000人 2020年 国勢調査 山田 staff");
		assertThat(page.textsOf("#population-history tbody tr")).anyMatch((row) -> row.startsWith("1,000人 2015年国勢調査"));
		assertThat(page.text()).doesNotContain("まだ入力されていない");
	}

	@Test
	void withoutAnEmployedPopulationOnlyTheCountsAreShown(Scenario scenario) throws Exception {
		LocalDate week = TeleworkWeeks.lastCompleteWeekOfItsOwn(this.clock);
		hours(scenario, this.fixtures.member("counted"), week, "8");
		// The region before any staff entered its employed population; other tests may
		// have entered one.
		this.jdbc.update("DELETE FROM insight_employed_population");

		Page page = Page.of(this.mvc.perform(get("/insight/teleworkers").with(this.fixtures.signedIn(staff()))));

		assertThat(page.textOf("#teleworkers")).isEqualTo("1人");
		assertThat(page.textOf("#no-population")).contains("就業者数がまだ入力されていない", "人数だけを表示");
		assertThat(page.textOf("#share")).isEmpty();
		assertThat(page.textsOf("#trend thead th")).hasSize(2);
	}

	@Test
	void badPopulationInputIsRefusedNextToTheFieldAndNothingIsStored() throws Exception {
		TestUser staff = staff();
		int before = entries();

		Page empty = Page.of(this.mvc.perform(population(staff, "", "")));
		assertThat(empty.errorFor("employed")).isEqualTo("就業者数を入力してください。");
		assertThat(empty.errorFor("source")).contains("出典を入力してください");

		Page zero = Page.of(this.mvc.perform(population(staff, "0", "国勢\u0007調査")));
		assertThat(zero.errorFor("employed")).contains("1から100,000,000までの整数");
		assertThat(zero.errorFor("source")).isEqualTo("使えない文字が含まれています: 制御文字（改行とタブのほかの見えない文字）");
		assertThat(zero.valueOf("employed")).isEqualTo("0");

		assertThat(Page.of(this.mvc.perform(population(staff, "100,000,001", "国勢調査"))).errorFor("employed"))
			.contains("1から100,000,000までの整数");
		assertThat(Page.of(this.mvc.perform(population(staff, "12.5", "国勢調査"))).errorFor("employed"))
			.contains("1から100,000,000までの整数");
		assertThat(Page.of(this.mvc.perform(population(staff, "12000", "国".repeat(101)))).errorFor("source"))
			.contains("100文字以内");

		assertThat(entries()).isEqualTo(before);
	}

	@Test
	void membersAndGuestsAreRefusedAndAdministratorsMayOnlyLook() throws Exception {
		TestUser member = this.fixtures.member("curious");
		TestUser guest = this.fixtures.guest("visitor", Language.EN);
		TestUser admin = this.fixtures.admin("admin");
		int before = entries();

		for (TestUser refused : new TestUser[] { member, guest }) {
			this.mvc.perform(get("/insight/teleworkers").with(this.fixtures.signedIn(refused)))
				.andExpect(status().isForbidden());
			this.mvc.perform(population(refused, "12000", "2020年国勢調査")).andExpect(status().isForbidden());
		}
		Page asAdmin = Page.of(this.mvc.perform(get("/insight/teleworkers").with(this.fixtures.signedIn(admin)))
			.andExpect(status().isOk()));
		assertThat(asAdmin.textOf("form[action='/insight/population']")).isEmpty();
		assertThat(asAdmin.text()).contains("就業者数の入力は、エージェント職員が行います。");
		this.mvc.perform(population(admin, "12000", "2020年国勢調査")).andExpect(status().isForbidden());

		assertThat(entries()).isEqualTo(before);
	}

	@Test
	void theAgentsStaffFindThePageFromTheMenuAndTheAboutTeleworkPage() throws Exception {
		TestUser staff = staff();
		TestUser member = this.fixtures.member("member");

		assertThat(Page.of(this.mvc.perform(get("/").with(this.fixtures.signedIn(staff))))
			.attributeOf(".main-nav a[href='/insight/teleworkers']", "href")).isEqualTo("/insight/teleworkers");
		assertThat(Page.of(this.mvc.perform(get("/about/telework").with(this.fixtures.signedIn(staff))))
			.textOf("#region-teleworkers")).contains("地域のテレワーカー");
		Page asMember = Page.of(this.mvc.perform(get("/about/telework").with(this.fixtures.signedIn(member))));
		assertThat(asMember.textOf(".main-nav")).doesNotContain("地域のテレワーカー");
		assertThat(asMember.textOf("#region-teleworkers")).isEmpty();
	}

	private TestUser staff() {
		TestUser staff = this.fixtures.person("staff", Role.MEMBER, Language.JA);
		this.fixtures.organisation("ゆのもりテレワークセンター", OrganisationType.AGENT, staff);
		return staff;
	}

	private void hours(Scenario scenario, TestUser member, LocalDate week, String hours) {
		TeleworkWeeks.deliver(scenario, this.completed, logged(member.id(), UUID.randomUUID(), week, hours));
	}

	/**
	 * The week's hours as the insight module keeps them from the work module's events.
	 */
	private void hoursIn(LocalDate week, TestUser member, String hours) {
		this.contractWeeks
			.save(new ContractWeek(UUID.randomUUID(), week, member.id(), new BigDecimal(hours), this.clock.instant()));
	}

	private void declare(TestUser member, String attribute) throws Exception {
		this.mvc.perform(sensitive(member).param(attribute, "true").param(attribute + "Consent", "true"))
			.andExpect(redirectedUrl("/account"));
	}

	private MockHttpServletRequestBuilder sensitive(TestUser member) {
		return post("/account/sensitive").with(csrf()).with(this.fixtures.signedIn(member));
	}

	private MockHttpServletRequestBuilder population(TestUser user, String employed, String source) {
		return post("/insight/population").with(csrf())
			.with(this.fixtures.signedIn(user))
			.param("employed", employed)
			.param("source", source);
	}

	private int entries() {
		return this.jdbc.queryForObject("SELECT count(*) FROM insight_employed_population", Integer.class);
	}

}
