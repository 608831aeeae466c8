package jp.musubi.tourism.programme.web;

import java.util.UUID;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.musubi.platform.text.Prefecture;
import jp.musubi.support.Fixtures;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import jp.musubi.tourism.TourismParties;
import jp.musubi.tourism.TourismParties.Region;
import jp.musubi.tourism.guest.Guests;
import jp.musubi.tourism.guest.NearbyPlace;
import jp.musubi.tourism.programme.Programme;
import jp.musubi.tourism.programme.Programmes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agent's staff compose programmes from the facilities' capacities, publish them only
 * when complete, and name the nearby cities; nobody else may.
 */
@MusubiTest
class ProgrammeSetupTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApplicationContext context;

	@Autowired
	Programmes programmes;

	@Autowired
	Guests guests;

	TourismParties parties;

	Region region;

	@BeforeEach
	void region() {
		this.parties = new TourismParties(this.context);
		this.region = this.parties.region(10, 8, 4);
	}

	@Test
	void staffComposeAProgrammeThatIsPublishedOnlyWhenComplete() throws Exception {
		Page list = Page
			.of(this.mvc.perform(get("/tourism/programmes/manage").with(agent())).andExpect(status().isOk()));
		assertThat(list.heading()).isEqualTo("プログラムの管理");
		String code = this.region.programme().code();
		assertThat(list.textOf("tr[data-code='" + code + "'] .state")).isEqualTo("公開中");
		Page blank = Page.of(this.mvc.perform(get("/tourism/programmes/new").with(agent())).andExpect(status().isOk()));
		assertThat(blank.document().select("fieldset.component-row")).hasSize(6);
		assertThat(blank.textsOf("#components0\\.capacityId optgroup").size()).isGreaterThanOrEqualTo(2);
		assertThat(blank.document()
			.select("#components0\\.capacityId optgroup[label='" + this.region.clinic().name() + "'] option"))
			.extracting((option) -> option.text())
			.containsExactly("健康チェック (健康チェックの枠)");

		Page existing = Page.of(
				this.mvc
					.perform(get("/tourism/programmes/{id}/edit", this.region.programme().id()).with(agent())
						.param("lang", "en"))
					.andExpect(status().isOk()));
		assertThat(existing.heading()).isEqualTo("Edit programme " + code);
		assertThat(existing.attributeOf("#components0\\.capacityId option[selected]", "value"))
			.isEqualTo(this.region.room().id().toString());
		assertThat(existing.valueOf("texts1.name")).isEqualTo("3-night mini-toji");
		assertThat(existing.document().select("fieldset.component-row")).hasSize(6);

		String newCode = "KENKO-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		String location = this.mvc.perform(programme("code", newCode))
			.andExpect(redirectedUrlPattern("/tourism/programmes/*/edit"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.split("/")[3]);
		Programme saved = this.programmes.find(id).orElseThrow();
		assertThat(saved.code()).isEqualTo(newCode);
		assertThat(saved.components()).hasSize(2);
		assertThat(saved.components().get(1).perPerson()).isFalse();
		assertThat(saved.isPublished()).isFalse();

		Page refused = follow(this.mvc.perform(post("/tourism/programmes/{id}/publish", id).with(csrf()).with(agent()))
			.andExpect(flash().attribute("publishRefused", true))
			.andReturn(), agent());
		assertThat(this.programmes.find(id).orElseThrow().isPublished()).isFalse();
		assertThat(refused.textOf("#publish-error")).contains("まだ公開できません。", "Englishの名称と紹介文", "한국어の名称と紹介文",
				"简体中文の名称と紹介文");
		Page missing = Page.of(this.mvc.perform(get("/tourism/programmes/manage").with(agent())));
		assertThat(missing.textOf("tr[data-code='" + newCode + "'] .missing")).contains("Englishの名称と紹介文");

		this.mvc
			.perform(programmeAt("/tourism/programmes/" + id + "/edit", "code", newCode, "texts[1].name", "Health stay",
					"texts[1].summary", "Two nights with a checkup.", "texts[2].name", "건강 숙박", "texts[2].summary",
					"건강 체크와 2박.", "texts[3].name", "健康住宿", "texts[3].summary", "两晚含健康检查。"))
			.andExpect(redirectedUrlPattern("/tourism/programmes/*/edit"));
		this.mvc.perform(post("/tourism/programmes/{id}/publish", id).with(csrf()).with(agent()))
			.andExpect(flash().attribute("notice", "tourism.programme.published"));
		assertThat(this.programmes.find(id).orElseThrow().isPublished()).isTrue();
		this.mvc.perform(post("/tourism/programmes/{id}/withdraw", id).with(csrf()).with(agent()))
			.andExpect(flash().attribute("notice", "tourism.programme.withdrawn"));
		assertThat(this.programmes.find(id).orElseThrow().isPublished()).isFalse();
	}

	@Test
	void badTermsAreRefusedNextToTheirFieldsAndNothingIsSaved() throws Exception {
		long before = this.programmes.all().size();
		String taken = this.region.programme().code();
		assertThat(refused("code", taken).errorFor("code")).isEqualTo("このプログラムコードはすでに使われています。別のコードにしてください。");
		assertThat(refused("maxParty", "51").errorFor("maxParty")).isEqualTo("最大人数は1人から50人の間で入力してください。");
		assertThat(refused("cancellationFeePercent", "101").errorFor("cancellationFeePercent"))
			.isEqualTo("取消料は0％から100％の間で入力してください。");
		assertThat(refused("seasonEnd", this.parties.today().minusDays(1).toString()).errorFor("seasonEnd"))
			.isEqualTo("販売期間の終了日は、開始日以降の日付にしてください。");
		assertThat(refused("components[0].firstDay", "-1").errorFor("components-0-firstDay"))
			.isEqualTo("何日目からは0から30までの整数で入力してください（到着日が0）。");
		assertThat(
				refused("components[1].capacityId", UUID.randomUUID().toString()).errorFor("components-1-capacityId"))
			.contains("一覧から選んでください");
		assertThat(refused("texts[0].summary", "").errorFor("texts-0-summary")).isEqualTo("名称を入れる場合は、紹介文も入力してください。");
		assertThat(refused("code", "").errorFor("code")).contains("プログラムコード");
		Page kept = refused("maxParty", "51");
		assertThat(kept.valueOf("texts0.name")).isEqualTo("健康チェック2泊");
		assertThat(kept.document().select("fieldset.component-row")).hasSize(6);
		assertThat(this.programmes.all()).hasSize((int) before);

		UUID existing = this.region.programme().id();
		Page change = Page.of(
				this.mvc
					.perform(programmeAt("/tourism/programmes/" + existing + "/edit", "code", taken,
							"cancellationFeePercent", "101"))
					.andExpect(status().isOk()));
		assertThat(change.errorFor("cancellationFeePercent")).isNotEmpty();
		String opened = Long.toString(this.programmes.find(existing).orElseThrow().version());
		this.programmes.publish(existing, false);
		Page stale = Page.of(this.mvc
			.perform(programmeAt("/tourism/programmes/" + existing + "/edit", "code", taken, "version", opened))
			.andExpect(status().isConflict()));
		assertThat(stale.textOf(".error-summary")).contains("この間にほかの人が保存しました。");
		assertThat(this.programmes.find(existing).orElseThrow().textIn(jp.musubi.platform.i18n.Language.KO))
			.as("the Korean text the stale form lacks is still there")
			.isPresent();
		assertThat(this.programmes.find(existing).orElseThrow().cancellationFeePercent()).isEqualTo(50);
	}

	@Test
	void onlyTheAgentsStaffManageProgrammes() throws Exception {
		RequestPostProcessor member = this.fixtures.signedIn(this.fixtures.member("会員"));
		RequestPostProcessor facilityStaff = this.fixtures.signedIn(this.region.lodgingStaff());
		UUID id = this.region.programme().id();
		for (RequestPostProcessor someone : new RequestPostProcessor[] { member, facilityStaff }) {
			this.mvc.perform(get("/tourism/programmes/manage").with(someone)).andExpect(status().isForbidden());
			this.mvc.perform(get("/tourism/programmes/new").with(someone)).andExpect(status().isForbidden());
			this.mvc.perform(get("/tourism/programmes/{id}/edit", id).with(someone)).andExpect(status().isForbidden());
			this.mvc.perform(post("/tourism/programmes/{id}/withdraw", id).with(csrf()).with(someone))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/tourism/nearby").with(someone)).andExpect(status().isForbidden());
			this.mvc.perform(
					post("/tourism/nearby").with(csrf()).with(someone).param("prefecture", "04").param("city", "仙台"))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(programme("code", "NOPE-1").with(member)).andExpect(status().isForbidden());
		assertThat(this.programmes.find(id).orElseThrow().isPublished()).isTrue();
		assertThat(this.programmes.all()).noneMatch((programme) -> programme.code().equals("NOPE-1"));
		for (String page : new String[] { "/tourism/programmes/manage", "/tourism/programmes/new",
				"/tourism/nearby" }) {
			this.mvc.perform(get(page).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/signin"));
		}
	}

	@Test
	void staffNameTheNearbyCities() throws Exception {
		String city = "近隣" + UUID.randomUUID().toString().substring(0, 6);
		this.mvc.perform(nearby("04", city + "市")).andExpect(flash().attribute("notice", "tourism.nearby.added"));
		NearbyPlace place = this.guests.nearbyPlaceList()
			.stream()
			.filter((found) -> found.city().equals(city))
			.findFirst()
			.orElseThrow();
		assertThat(place.prefecture()).isEqualTo(Prefecture.MIYAGI);
		Page list = Page.of(this.mvc.perform(get("/tourism/nearby").with(agent())).andExpect(status().isOk()));
		assertThat(list.textsOf(".nearby-place .city")).contains(city);

		int count = this.guests.nearbyPlaceList().size();
		this.mvc.perform(nearby("04", city)).andExpect(flash().attribute("errorKey", "tourism.nearby.error.duplicate"));
		this.mvc.perform(nearby("99", "どこか"))
			.andExpect(flash().attribute("errorKey", "tourism.nearby.error.prefecture"));
		this.mvc.perform(nearby("04", "  ")).andExpect(flash().attribute("errorKey", "tourism.nearby.error.city"));
		assertThat(this.guests.nearbyPlaceList()).hasSize(count);
		Page refused = follow(this.mvc.perform(nearby("04", city)).andReturn(), agent());
		assertThat(refused.errorFor("city")).isEqualTo("この市町村はすでに登録されています。");
		assertThat(refused.document().getElementById("city").attr("value")).isEqualTo(city);

		this.mvc.perform(post("/tourism/nearby/{id}/remove", place.id()).with(csrf()).with(agent()))
			.andExpect(flash().attribute("notice", "tourism.nearby.removed"));
		assertThat(this.guests.nearbyPlaceList()).noneMatch((found) -> found.id().equals(place.id()));
	}

	/**
	 * The page a form redirected to, with the message the redirect carries in the
	 * session.
	 */
	private Page follow(org.springframework.test.web.servlet.MvcResult posted, RequestPostProcessor user)
			throws Exception {
		String target = posted.getResponse().getRedirectedUrl();
		assertThat(target).as("a redirect after the form").isNotNull();
		jakarta.servlet.http.Cookie session = posted.getResponse().getCookie("SESSION");
		assertThat(session).as("the session that carries the message").isNotNull();
		String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
		return Page.of(this.mvc.perform(get(path).cookie(session).with(user)));
	}

	private RequestPostProcessor agent() {
		return this.fixtures.signedIn(this.region.agentStaff());
	}

	private MockHttpServletRequestBuilder nearby(String prefecture, String city) {
		return post("/tourism/nearby").with(csrf()).with(agent()).param("prefecture", prefecture).param("city", city);
	}

	private MockHttpServletRequestBuilder programme(String... changes) {
		return programmeAt("/tourism/programmes", changes);
	}

	/**
	 * A 2-night health stay in Japanese only: a checkup per person on day 0 and a room
	 * per party for two nights; four rows left blank as the page sends them.
	 */
	private MockHttpServletRequestBuilder programmeAt(String path, String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("code", "KENKO-" + UUID.randomUUID().toString().substring(0, 6));
		fields.put("nights", "2");
		fields.put("pricePerPerson", "38000");
		fields.put("seasonStart", this.parties.today().toString());
		fields.put("seasonEnd", this.parties.today().plusMonths(6).toString());
		fields.put("minParty", "1");
		fields.put("maxParty", "4");
		fields.put("freeCancellationDays", "3");
		fields.put("cancellationFeePercent", "30");
		String[] tags = { "ja", "en", "ko", "zh-CN" };
		for (int i = 0; i < tags.length; i++) {
			fields.put("texts[" + i + "].language", tags[i]);
			fields.put("texts[" + i + "].name", "");
			fields.put("texts[" + i + "].summary", "");
		}
		fields.put("texts[0].name", "健康チェック2泊");
		fields.put("texts[0].summary", "診療所の健康チェックと温泉の2泊。");
		for (int row = 0; row < 6; row++) {
			fields.put("components[" + row + "].capacityId", "");
			fields.put("components[" + row + "].firstDay", "");
			fields.put("components[" + row + "].days", "");
			fields.put("_components[" + row + "].perPerson", "on");
		}
		fields.put("components[0].capacityId", this.region.checkup().id().toString());
		fields.put("components[0].firstDay", "0");
		fields.put("components[0].days", "1");
		fields.put("components[0].perPerson", "true");
		fields.put("components[1].capacityId", this.region.room().id().toString());
		fields.put("components[1].firstDay", "0");
		fields.put("components[1].days", "2");
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder form = post(path).with(csrf()).with(agent());
		fields.forEach(form::param);
		return form;
	}

	private Page refused(String... changes) throws Exception {
		return Page.of(this.mvc.perform(programme(changes)).andExpect(status().isOk()));
	}

}
