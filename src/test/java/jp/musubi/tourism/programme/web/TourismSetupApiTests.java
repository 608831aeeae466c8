package jp.musubi.tourism.programme.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import jp.musubi.tourism.TourismParties;
import jp.musubi.tourism.TourismParties.Region;
import jp.musubi.tourism.facility.Capacity;
import jp.musubi.tourism.facility.Facilities;
import jp.musubi.tourism.facility.FacilityDescription;
import jp.musubi.tourism.programme.Programmes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The CRM's set-up through the API: anyone reads published programmes in their language,
 * a facility's token keeps its own facility and no other, the agent's staff compose
 * programmes.
 */
@MusubiTest
class TourismSetupApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApplicationContext context;

	@Autowired
	Facilities facilities;

	@Autowired
	Programmes programmes;

	Region region;

	@BeforeEach
	void region() {
		this.region = new TourismParties(this.context).region(10, 8, 4);
	}

	@Test
	void anyoneReadsPublishedProgrammesInTheirLanguage() throws Exception {
		UUID id = this.region.programme().id();
		ResultActions english = this.mvc
			.perform(get("/api/v1/tourism/programmes/{id}", id).header("Accept-Language", "en-GB,en;q=0.8"))
			.andExpect(status().isOk());
		assertThat((Object) read(english, "$.name")).isEqualTo("3-night mini-toji");
		assertThat((Object) read(english, "$.language")).isEqualTo("en");
		assertThat((Object) read(english, "$.pricePerPerson")).isEqualTo(45000);
		ResultActions french = this.mvc
			.perform(get("/api/v1/tourism/programmes/{id}", id).header("Accept-Language", "fr"));
		assertThat((Object) read(french, "$.name")).isEqualTo("3泊ミニ湯治");
		assertThat((Object) read(french, "$.language")).isEqualTo("ja");

		ResultActions page = this.mvc
			.perform(get("/api/v1/tourism/programmes").param("size", "100").header("Accept-Language", "ko"))
			.andExpect(status().isOk());
		List<String> ids = read(page, "$.items[*].id");
		assertThat(ids).contains(id.toString());
		List<String> names = read(page, "$.items[?(@.id == '" + id + "')].name");
		assertThat(names).containsExactly("3박 미니 탕치");

		this.programmes.publish(id, false);
		this.mvc.perform(get("/api/v1/tourism/programmes/{id}", id)).andExpect(status().isNotFound());
	}

	@Test
	void aFacilitysTokenKeepsItsOwnFacilityUnderThePagesRules() throws Exception {
		UUID lodging = this.region.lodging().id();
		String token = token(this.region.lodging().organisationId(), this.region.lodgingStaff());
		ResultActions shown = this.mvc.perform(get("/api/v1/tourism/facilities/{id}", lodging).with(bearer(token)))
			.andExpect(status().isOk());
		assertThat((Object) read(shown, "$.name")).isEqualTo(this.region.lodging().name());

		this.mvc.perform(json(put("/api/v1/tourism/facilities/{id}", lodging), """
				{"name": "ほたる荘", "postalCode": "９６９３３０１", "address": "会津若松市東山町",
				 "latitude": 37.4875, "longitude": 139.93, "openingHours": "15:00-10:00"}
				""").with(bearer(token))).andExpect(status().isOk());
		FacilityDescription saved = description();
		assertThat(saved.postalCode()).isEqualTo("969-3301");
		assertThat(saved.longitude()).isEqualByComparingTo("139.93");

		ResultActions half = this.mvc.perform(json(put("/api/v1/tourism/facilities/{id}", lodging), """
				{"name": "ほたる荘", "latitude": 37.4875}
				""").with(bearer(token))).andExpect(status().isBadRequest());
		assertThat((Object) read(half, "$.errors[0].field")).isEqualTo("longitude");
		assertThat((Object) read(half, "$.errors[0].message")).isEqualTo("緯度と経度は両方入力するか、両方とも空欄にしてください。");
		ResultActions nameless = this.mvc.perform(json(put("/api/v1/tourism/facilities/{id}", lodging), """
				{"name": " ", "latitude": 91, "longitude": 10}
				""").with(bearer(token)).header("Accept-Language", "en")).andExpect(status().isBadRequest());
		assertThat((Object) read(nameless, "$.errors[0].message")).isEqualTo("Enter the name of the facility.");
		assertThat(description()).isEqualTo(saved);

		int before = this.facilities.capacities(lodging).size();
		for (int units : new int[] { 5001, -1 }) {
			ResultActions refused = this.mvc
				.perform(json(post("/api/v1/tourism/facilities/{id}/capacities", lodging),
						"{\"kind\": \"THERAPY_SLOT\", \"name\": \"足湯\", \"unitsPerDay\": " + units + "}")
					.with(bearer(token)))
				.andExpect(status().isBadRequest());
			assertThat((Object) read(refused, "$.errors[0].message")).isEqualTo("1日あたりの数は0から5000までの整数で入力してください。");
		}
		assertThat(this.facilities.capacities(lodging)).hasSize(before);
		ResultActions added = this.mvc
			.perform(json(post("/api/v1/tourism/facilities/{id}/capacities", lodging),
					"{\"kind\": \"THERAPY_SLOT\", \"name\": \"足湯\", \"unitsPerDay\": 20}")
				.with(bearer(token)))
			.andExpect(status().isCreated());
		String capacity = read(added, "$.id");
		this.mvc
			.perform(json(put("/api/v1/tourism/facilities/{id}/capacities/{c}", lodging, capacity),
					"{\"kind\": \"THERAPY_SLOT\", \"name\": \"足湯\", \"unitsPerDay\": 12, \"active\": false}")
				.with(bearer(token)))
			.andExpect(status().isOk());
		Capacity changed = this.facilities.capacity(UUID.fromString(capacity)).orElseThrow();
		assertThat(changed.unitsPerDay()).isEqualTo(12);
		assertThat(changed.isActive()).isFalse();
		List<String> names = read(
				this.mvc.perform(get("/api/v1/tourism/facilities/{id}/capacities", lodging).with(bearer(token))),
				"$[*].name");
		assertThat(names).contains("和室", "湯治指導", "足湯");
	}

	@Test
	void anotherFacilitysTokenIsRefusedAndChangesNothing() throws Exception {
		UUID lodging = this.region.lodging().id();
		String clinicToken = token(this.region.clinic().organisationId(), this.region.clinicStaff());
		FacilityDescription before = description();
		int capacities = this.facilities.capacities(lodging).size();
		this.mvc.perform(get("/api/v1/tourism/facilities/{id}", lodging).with(bearer(clinicToken)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/tourism/facilities/{id}/capacities", lodging).with(bearer(clinicToken)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(put("/api/v1/tourism/facilities/{id}", lodging), "{\"name\": \"乗っ取り\"}")
				.with(bearer(clinicToken)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(post("/api/v1/tourism/facilities/{id}/capacities", lodging),
					"{\"kind\": \"ROOM_NIGHT\", \"name\": \"偽\", \"unitsPerDay\": 3}")
				.with(bearer(clinicToken)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(put("/api/v1/tourism/facilities/{id}/capacities/{c}", lodging, this.region.room().id()),
					"{\"kind\": \"ROOM_NIGHT\", \"name\": \"和室\", \"unitsPerDay\": 0}")
				.with(bearer(clinicToken)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(put("/api/v1/tourism/facilities/{id}/capacities/{c}", lodging, this.region.room().id()),
					"{\"kind\": \"ROOM_NIGHT\", \"name\": \"和室\", \"unitsPerDay\": 0}"))
			.andExpect(status().is4xxClientError());
		assertThat(description()).isEqualTo(before);
		assertThat(this.facilities.capacities(lodging)).hasSize(capacities);
		assertThat(this.facilities.capacity(this.region.room().id()).orElseThrow().unitsPerDay()).isEqualTo(10);
	}

	@Test
	void theAgentsStaffComposeProgrammesInPersonUnderThePagesRules() throws Exception {
		String code = "API-" + UUID.randomUUID().toString().substring(0, 6);
		RequestPostProcessor agent = this.fixtures.signedIn(this.region.agentStaff());
		ResultActions refused = this.mvc
			.perform(json(post("/api/v1/tourism/programmes"), body(code, 51, 101)).with(csrf()).with(agent))
			.andExpect(status().isBadRequest());
		List<String> fields = read(refused, "$.errors[*].field");
		assertThat(fields).containsExactlyInAnyOrder("maxParty", "cancellationFeePercent");
		ResultActions taken = this.mvc
			.perform(json(post("/api/v1/tourism/programmes"), body(this.region.programme().code(), 4, 30)).with(csrf())
				.with(agent))
			.andExpect(status().isBadRequest());
		assertThat((Object) read(taken, "$.errors[0].field")).isEqualTo("code");
		assertThat(this.programmes.all()).noneMatch((programme) -> programme.code().equals(code));

		for (RequestPostProcessor someone : new RequestPostProcessor[] {
				this.fixtures.signedIn(this.fixtures.member("会員")),
				bearer(token(this.region.lodging().organisationId(), this.region.lodgingStaff())) }) {
			this.mvc.perform(json(post("/api/v1/tourism/programmes"), body(code, 4, 30)).with(csrf()).with(someone))
				.andExpect(status().isForbidden());
		}
		ResultActions created = this.mvc
			.perform(json(post("/api/v1/tourism/programmes"), body(code, 4, 30)).with(csrf()).with(agent))
			.andExpect(status().isCreated());
		assertThat((Object) read(created, "$.published")).isEqualTo(false);
		List<String> missing = read(created, "$.missingLanguages");
		assertThat(missing).containsExactly("en", "ko", "zh-CN");
		String id = read(created, "$.id");
		this.mvc.perform(json(put("/api/v1/tourism/programmes/{id}", id), body(code, 6, 20)).with(csrf()).with(agent))
			.andExpect(status().isOk());
		assertThat(this.programmes.find(UUID.fromString(id)).orElseThrow().maxParty()).isEqualTo(6);
	}

	private String body(String code, int maxParty, int fee) {
		return """
				{"code": "%s", "nights": 2, "pricePerPerson": 38000, "seasonStart": "2026-01-01",
				 "seasonEnd": "2027-12-31", "minParty": 1, "maxParty": %d, "freeCancellationDays": 3,
				 "cancellationFeePercent": %d,
				 "texts": {"ja": {"name": "健康チェック2泊", "summary": "診療所の健康チェックと温泉の2泊。"}},
				 "components": [{"capacityId": "%s", "firstDay": 0, "days": 1, "perPerson": true}]}
				""".formatted(code, maxParty, fee, this.region.checkup().id());
	}

	private FacilityDescription description() {
		return this.facilities.find(this.region.lodging().id()).orElseThrow().description();
	}

	/** A new token of the organisation, made by its owner on its page. */
	private String token(UUID organisation, TestUser owner) throws Exception {
		return Page.of(this.mvc.perform(post("/organisations/{id}/tokens", organisation).with(csrf())
			.with(this.fixtures.signedIn(owner))
			.param("name", "予約システム"))).textOf("#api-token");
	}

	private static RequestPostProcessor bearer(String token) {
		return (request) -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		};
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static <T> T read(ResultActions result, String path) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), path);
	}

}
