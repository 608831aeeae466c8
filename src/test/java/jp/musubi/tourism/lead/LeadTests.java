package jp.musubi.tourism.lead;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.jayway.jsonpath.JsonPath;

import jp.musubi.accounts.OrganisationType;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import jp.musubi.tourism.TourismParties;
import jp.musubi.tourism.TourismParties.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Leads from the portal's form and from an organisation's system, followed by the agent's
 * staff from new to booked or lost, and kept from everyone else.
 */
@MusubiTest
class LeadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	Region region;

	@BeforeEach
	void region() {
		this.region = new TourismParties(this.context).region(5, 5, 5);
	}

	@Test
	void aVisitorsInquiryBecomesANewLeadFromThePortal() throws Exception {
		String name = "問合せ" + UUID.randomUUID().toString().substring(0, 6);
		Page form = Page.of(
				this.mvc
					.perform(get("/tourism/inquiries/new").param("programme", this.region.programme().id().toString())
						.accept(MediaType.TEXT_HTML))
					.andExpect(status().isOk()));
		assertThat(form.textOf("#inquiry-programme")).contains("3泊ミニ湯治");

		this.mvc
			.perform(post("/tourism/inquiries").with(csrf())
				.param("programmeId", this.region.programme().id().toString())
				.param("name", name)
				.param("email", "hanako@example.jp")
				.param("message", "10月に2人で泊まれますか。")
				.param("contactConsent", "true"))
			.andExpect(redirectedUrl("/tourism/inquiries/thanks"));

		Page leads = Page.of(this.mvc.perform(get("/tourism/leads").param("status", "NEW")
			.param("source", "PORTAL")
			.with(this.fixtures.signedIn(this.region.agentStaff()))));
		assertThat(leads.text()).contains(name);
		assertThat(this.jdbc.queryForObject("select status from sales_lead where name = ?", String.class, name))
			.isEqualTo("NEW");
	}

	@Test
	void aWrongAddressOrAnEmptyMessageIsRefusedAndNothingIsKept() throws Exception {
		String name = "誤り" + UUID.randomUUID().toString().substring(0, 6);

		Page badEmail = Page.of(
				this.mvc
					.perform(post("/tourism/inquiries").with(csrf())
						.param("name", name)
						.param("email", "hanako@")
						.param("message", "質問です"))
					.andExpect(status().isOk()));
		Page noMessage = Page.of(
				this.mvc
					.perform(post("/tourism/inquiries").with(csrf())
						.param("name", name)
						.param("email", "hanako@example.jp")
						.param("message", "   "))
					.andExpect(status().isOk()));

		assertThat(badEmail.errorFor("email")).contains("メールアドレスの形式が正しくありません");
		assertThat(noMessage.errorFor("message")).isEqualTo("お問い合わせの内容を入力してください。");
		assertThat(this.jdbc.queryForObject("select count(*) from sales_lead where name = ?", Integer.class, name))
			.isZero();
	}

	@Test
	void aSignedInPersonFindsTheirNameAndAddressFilledIn() throws Exception {
		TestUser member = this.fixtures.member("会員");

		Page form = Page.of(this.mvc.perform(get("/tourism/inquiries/new").with(this.fixtures.signedIn(member))));

		assertThat(form.valueOf("email")).isEqualTo(member.email());
		assertThat(form.valueOf("name")).isNotBlank();
	}

	@Test
	void aLeadMovesOnlyForwardAndItsHistorySaysWhoMovedIt() throws Exception {
		UUID lead = portalLead();
		TestUser staff = this.region.agentStaff();

		this.mvc
			.perform(post("/tourism/leads/{id}/status", lead).with(csrf())
				.with(this.fixtures.signedIn(staff))
				.param("status", "CONTACTED")
				.param("note", "電話で空室を案内"))
			.andExpect(status().is3xxRedirection());
		MvcResult back = this.mvc
			.perform(post("/tourism/leads/{id}/status", lead).with(csrf())
				.with(this.fixtures.signedIn(staff))
				.param("status", "NEW"))
			.andReturn();

		Page page = follow(back, staff);
		assertThat(page.textOf("#lead-error")).contains("「連絡済み」から「新規」には変えられません");
		assertThat(page.textOf("#lead-status")).isEqualTo("連絡済み");
		assertThat(page.textOf(".history")).contains("新規 → 連絡済み").contains("電話で空室を案内");

		this.mvc
			.perform(post("/tourism/leads/{id}/status", lead).with(csrf())
				.with(this.fixtures.signedIn(staff))
				.param("status", "BOOKED"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select status from sales_lead where id = ?", String.class, lead))
			.isEqualTo("BOOKED");
		assertThat(this.jdbc.queryForObject("select count(*) from sales_lead_entry where lead_id = ?", Integer.class,
				lead))
			.isEqualTo(2);
	}

	@Test
	void aMemberCannotReadOrChangeLeads() throws Exception {
		UUID lead = portalLead();
		TestUser member = this.fixtures.member("会員");

		this.mvc.perform(get("/tourism/leads").with(this.fixtures.signedIn(member))).andExpect(status().isForbidden());
		this.mvc.perform(get("/tourism/leads/{id}", lead).with(this.fixtures.signedIn(member)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/tourism/leads/{id}/status", lead).with(csrf())
				.with(this.fixtures.signedIn(member))
				.param("status", "CONTACTED"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/tourism/leads").with(this.fixtures.signedIn(member)))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select status from sales_lead where id = ?", String.class, lead))
			.isEqualTo("NEW");
	}

	@Test
	void aBroadcastersTokenPostsALeadTheStaffSeeWithItsSource() throws Exception {
		TestUser owner = this.fixtures.member("放送局");
		UUID station = this.fixtures.organisation("ゆのもりテレビ", OrganisationType.PRODUCER, owner);
		String token = Page.of(this.mvc.perform(post("/organisations/{id}/tokens", station).with(csrf())
			.with(this.fixtures.signedIn(owner))
			.param("name", "番組の問い合わせ"))).textOf("#api-token");
		String name = "視聴者" + UUID.randomUUID().toString().substring(0, 6);

		String created = this.mvc
			.perform(post("/api/v1/tourism/leads").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "%s", "email": "viewer@example.jp", "message": "番組で見た湯治に行きたい",
						 "contactConsent": true, "source": "BROADCAST"}""".formatted(name)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(created, "$.source")).isEqualTo("BROADCAST");

		String refused = this.mvc
			.perform(post("/api/v1/tourism/leads").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "%s", "email": "viewer@example.jp", "message": "質問", "source": "PORTAL"}"""
					.formatted(name)))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(refused, "$.errors[0].field")).isEqualTo("source");

		String listed = this.mvc
			.perform(get("/api/v1/tourism/leads").param("source", "BROADCAST")
				.param("size", "100")
				.with(this.fixtures.signedIn(this.region.agentStaff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(listed).contains(name);
		this.mvc.perform(get("/api/v1/tourism/leads").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden());
	}

	@Test
	void theStaffMoveALeadThroughTheApiOnlyForwards() throws Exception {
		UUID lead = portalLead();
		String moved = this.mvc
			.perform(put("/api/v1/tourism/leads/{id}/status", lead).with(csrf())
				.with(this.fixtures.signedIn(this.region.agentStaff()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"CONTACTED\", \"note\": \"電話で空き状況を案内\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(moved, "$.status")).isEqualTo("CONTACTED");

		String refused = this.mvc
			.perform(put("/api/v1/tourism/leads/{id}/status", lead).with(csrf())
				.with(this.fixtures.signedIn(this.region.agentStaff()))
				.header("Accept-Language", "ja")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"NEW\"}"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(refused, "$.detail")).contains("変えられません");
		this.mvc
			.perform(put("/api/v1/tourism/leads/{id}/status", lead).with(csrf())
				.with(this.fixtures.signedIn(this.region.agentStaff()))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"NEW\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.messageKey").value("tourism.lead.error.wrongMove"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("A lead cannot")));
		this.mvc
			.perform(put("/api/v1/tourism/leads/{id}/status", lead).with(csrf())
				.with(this.fixtures.signedIn(this.fixtures.member("一般")))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"LOST\"}"))
			.andExpect(status().isForbidden());
		String read = this.mvc
			.perform(get("/api/v1/tourism/leads/{id}", lead).with(this.fixtures.signedIn(this.region.agentStaff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(read, "$.status")).isEqualTo("CONTACTED");
	}

	private UUID portalLead() throws Exception {
		String name = "見込み" + UUID.randomUUID().toString().substring(0, 6);
		this.mvc
			.perform(post("/tourism/inquiries").with(csrf())
				.param("name", name)
				.param("email", "lead@example.jp")
				.param("message", "家族で行けますか"))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject("select id from sales_lead where name = ?", UUID.class, name);
	}

	private Page follow(MvcResult posted, TestUser user) throws Exception {
		String target = posted.getResponse().getRedirectedUrl();
		assertThat(target).as("a redirect after the form").isNotNull();
		Cookie session = posted.getResponse().getCookie("SESSION");
		assertThat(session).as("the session that carries the message").isNotNull();
		return Page.of(this.mvc.perform(get(target).cookie(session).with(this.fixtures.signedIn(user))));
	}

}
