package jp.musubi.accounts;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@MusubiTest
class ApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSignedInPersonReadsThemselvesAndTheirOrganisations() throws Exception {
		TestUser user = this.fixtures.member("api");
		UUID organisation = this.fixtures.organisation("ゆのもり観光協会", OrganisationType.CLIENT, user);
		this.mvc.perform(get("/api/v1/me").with(this.fixtures.signedIn(user)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("person"))
			.andExpect(jsonPath("$.person.email").value(user.email()))
			.andExpect(jsonPath("$.person.prefectureCode").value("07"))
			.andExpect(jsonPath("$.organisations[0].name").value("ゆのもり観光協会"));
		this.mvc.perform(get("/api/v1/organisations/{id}/members", organisation).with(this.fixtures.signedIn(user)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].email").value(user.email()));
	}

	@Test
	void withoutSignInOrTokenTheApiAnswers401() throws Exception {
		this.mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/organisations")).andExpect(status().isUnauthorized());
	}

	@Test
	void anOrganisationsTokenIsShownOnceStoredHashedAndActsForItsOrganisationOnly() throws Exception {
		TestUser owner = this.fixtures.member("owner");
		UUID facility = this.fixtures.organisation("湯の森温泉", OrganisationType.FACILITY, owner);
		UUID other = this.fixtures.organisation("別の施設", OrganisationType.FACILITY, this.fixtures.member("other"));

		Page created = Page.of(this.mvc.perform(post("/organisations/{id}/tokens", facility).with(csrf())
			.with(this.fixtures.signedIn(owner))
			.param("name", "受付システム")));
		String token = created.textOf("#api-token");
		assertThat(token).startsWith("msb_").hasSizeGreaterThan(40);
		assertThat(this.jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = :token OR token_hint = :token")
			.param("token", token)
			.query(Long.class)
			.single()).isZero();
		assertThat(Page.of(this.mvc.perform(get("/organisations/{id}", facility).with(this.fixtures.signedIn(owner))))
			.text()).contains(token.substring(0, 10)).doesNotContain(token);

		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("organisation"))
			.andExpect(jsonPath("$.organisation.name").value("湯の森温泉"));
		String list = this.mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((List<String>) JsonPath.read(list, "$[*].id")).containsExactly(facility.toString());
		this.mvc.perform(get("/api/v1/organisations/{id}", other).header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/organisations/{id}/members", facility).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk());
	}

	@Test
	void anUnknownOrRevokedTokenIsRefused() throws Exception {
		TestUser owner = this.fixtures.member("revoker");
		UUID organisation = this.fixtures.organisation("ゆのもり農園", OrganisationType.PRODUCER, owner);
		String token = Page.of(this.mvc.perform(post("/organisations/{id}/tokens", organisation).with(csrf())
			.with(this.fixtures.signedIn(owner))
			.param("name", "在庫連携"))).textOf("#api-token");
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer msb_forged"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""));
		UUID tokenId = this.jdbc.sql("SELECT id FROM api_token WHERE organisation_id = :id")
			.param("id", organisation)
			.query(UUID.class)
			.single();
		this.mvc.perform(post("/organisations/{id}/tokens/{token}/revoke", organisation, tokenId).with(csrf())
			.with(this.fixtures.signedIn(owner)));
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aPersonCannotReadAnotherOrganisationOrItsMembers() throws Exception {
		TestUser member = this.fixtures.member("curious");
		UUID theirs = this.fixtures.organisation("他社", OrganisationType.CLIENT, this.fixtures.member("them"));
		this.mvc.perform(get("/api/v1/organisations/{id}", theirs).with(this.fixtures.signedIn(member)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/organisations/{id}/members", theirs).with(this.fixtures.signedIn(member)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theApiIsDocumented() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/me'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/organisations'].get").exists())
			.andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"));
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

}
