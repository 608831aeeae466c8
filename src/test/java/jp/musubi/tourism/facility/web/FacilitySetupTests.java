package jp.musubi.tourism.facility.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.imageio.ImageIO;

import jp.musubi.support.Fixtures;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import jp.musubi.tourism.TourismParties;
import jp.musubi.tourism.TourismParties.Region;
import jp.musubi.tourism.facility.Capacity;
import jp.musubi.tourism.facility.CapacityKind;
import jp.musubi.tourism.facility.Facilities;
import jp.musubi.tourism.facility.FacilityDescription;
import jp.musubi.tourism.facility.FacilityPhoto;
import jp.musubi.tourism.facility.FacilityPhotos;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A facility's staff describe their facility, show it in photos and say what guests can
 * book there; visitors read the public page; staff of another facility get nowhere.
 */
@MusubiTest
class FacilitySetupTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApplicationContext context;

	@Autowired
	Facilities facilities;

	@Autowired
	FacilityPhotos photos;

	Region region;

	@BeforeEach
	void region() {
		this.region = new TourismParties(this.context).region(10, 8, 4);
	}

	@Test
	void staffDescribeTheirFacilityAndVisitorsReadItWithAMapLink() throws Exception {
		Page mine = Page.of(this.mvc.perform(get("/tourism/facility").with(staff())).andExpect(status().isOk()));
		assertThat(mine.heading()).isEqualTo("あなたの施設");
		assertThat(mine.text()).contains(this.region.lodging().name()).doesNotContain(this.region.clinic().name());
		Page edit = Page.of(this.mvc.perform(get(editPage()).with(staff())).andExpect(status().isOk()));
		assertThat(edit.valueOf("name")).isEqualTo(this.region.lodging().name());
		assertThat(edit.textsOf("#capacities td")).contains("和室", "客室（1泊）", "10");

		this.mvc.perform(describe("postalCode", "９６９－３３０１", "latitude", "37.4875", "longitude", "139.93"))
			.andExpect(redirectedUrl(editPage()));

		FacilityDescription saved = description();
		assertThat(saved.postalCode()).isEqualTo("969-3301");
		assertThat(saved.latitude()).isEqualByComparingTo(new BigDecimal("37.4875"));
		Page visitor = Page.of(this.mvc
			.perform(get("/tourism/facilities/{id}", this.region.lodging().id()).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk()));
		assertThat(visitor.heading()).isEqualTo("ほたる荘の新館");
		assertThat(visitor.text()).contains("〒969-3301", "会津若松市東山町", "15:00", "温泉療法士が常駐する宿です。", "和室");
		Page english = Page
			.of(this.mvc.perform(get("/tourism/facilities/{id}", this.region.lodging().id()).param("lang", "en")));
		assertThat(english.textOf("a.map-link")).isEqualTo("See on the map (OpenStreetMap)");
		assertThat(visitor.attributeOf("a.map-link", "href"))
			.isEqualTo("https://www.openstreetmap.org/?mlat=37.4875&mlon=139.93#map=16/37.4875/139.93");
	}

	@Test
	void badDescriptionsAreRefusedFieldByFieldAndChangeNothing() throws Exception {
		FacilityDescription before = description();
		assertThat(refused("name", "").errorFor("name")).isEqualTo("施設名を入力してください。");
		assertThat(refused("latitude", "37.5").errorFor("longitude")).isEqualTo("緯度と経度は両方入力するか、両方とも空欄にしてください。");
		assertThat(refused("longitude", "139.9").errorFor("latitude")).isEqualTo("緯度と経度は両方入力するか、両方とも空欄にしてください。");
		assertThat(refused("latitude", "91", "longitude", "139.9").errorFor("latitude"))
			.isEqualTo("緯度は -90 から 90 の間の数で入力してください。");
		assertThat(refused("latitude", "37", "longitude", "-181").errorFor("longitude"))
			.isEqualTo("経度は -180 から 180 の間の数で入力してください。");
		assertThat(refused("latitude", "北緯37度", "longitude", "139").errorFor("latitude")).contains("半角の数");
		assertThat(refused("postalCode", "96-33").errorFor("postalCode")).contains("7桁");
		Page kept = refused("name", "");
		assertThat(kept.valueOf("address")).isEqualTo("会津若松市東山町");
		assertThat(kept.textOf(".error-summary")).contains("施設名を入力してください。");
		assertThat(description()).isEqualTo(before);
	}

	@Test
	void aDescriptionSavedMeanwhileBySomeoneElseIsNotOverwritten() throws Exception {
		String opened = Long.toString(this.facilities.find(this.region.lodging().id()).orElseThrow().version());
		this.mvc.perform(describe("version", opened, "name", "先に保存した名前")).andExpect(redirectedUrl(editPage()));
		Page stale = Page
			.of(this.mvc.perform(describe("version", opened, "name", "後から保存した名前")).andExpect(status().isConflict()));
		assertThat(stale.textOf(".error-summary")).contains("この間にほかの人が保存しました。");
		assertThat(stale.valueOf("name")).isEqualTo("後から保存した名前");
		assertThat(description().name()).isEqualTo("先に保存した名前");
	}

	@Test
	void capacitiesTakeZeroToFiveThousandADay() throws Exception {
		UUID lodging = this.region.lodging().id();
		int before = this.facilities.capacities(lodging).size();
		for (String units : new String[] { "5001", "-1", "たくさん" }) {
			Page page = Page.of(this.mvc.perform(addCapacity(units)).andExpect(status().isOk()));
			assertThat(page.errorFor("unitsPerDay")).as(units).isNotEmpty();
			assertThat(page.valueOf("name")).isEqualTo("露天風呂付き客室");
		}
		assertThat(Page.of(this.mvc.perform(addCapacity("5001"))).errorFor("unitsPerDay"))
			.isEqualTo("1日あたりの数は0から5000までの整数で入力してください。");
		assertThat(this.facilities.capacities(lodging)).hasSize(before);

		this.mvc.perform(addCapacity("5000")).andExpect(redirectedUrl(editPage() + "#capacities"));
		assertThat(this.facilities.capacities(lodging)).extracting(Capacity::name).contains("露天風呂付き客室");

		UUID room = this.region.room().id();
		assertThat(
				Page.of(this.mvc.perform(get("/tourism/facility/{f}/capacities/{c}/edit", lodging, room).with(staff())))
					.valueOf("name"))
			.isEqualTo("和室");
		this.mvc
			.perform(post("/tourism/facility/{f}/capacities/{c}", lodging, room).with(csrf())
				.with(staff())
				.param("kind", "ROOM_NIGHT")
				.param("name", "和室（改装後）")
				.param("unitsPerDay", "0")
				.param("_active", "on"))
			.andExpect(redirectedUrl(editPage() + "#capacities"));
		Capacity changed = this.facilities.capacity(room).orElseThrow();
		assertThat(changed.name()).isEqualTo("和室（改装後）");
		assertThat(changed.unitsPerDay()).isZero();
		assertThat(changed.isActive()).as("an unticked box stops bookings").isFalse();
	}

	@Test
	void guestsReadCapacitiesInTheirLanguageOrInJapaneseMarkedAsSuch() throws Exception {
		UUID lodging = this.region.lodging().id();
		UUID therapy = this.region.therapy().id();
		this.mvc
			.perform(post("/tourism/facility/{f}/capacities/{c}", lodging, therapy).with(csrf())
				.with(staff())
				.param("kind", "THERAPY_SLOT")
				.param("name", "湯治指導")
				.param("nameEn", "Bathing guidance")
				.param("nameKo", "")
				.param("nameZh", "汤治指导")
				.param("unitsPerDay", "8")
				.param("active", "true"))
			.andExpect(redirectedUrl(editPage() + "#capacities"));
		assertThat(Page
			.of(this.mvc.perform(get("/tourism/facility/{f}/capacities/{c}/edit", lodging, therapy).with(staff())))
			.valueOf("nameEn")).isEqualTo("Bathing guidance");

		UUID programme = this.region.programme().id();
		assertThat(programmeIn(programme, "en")).contains("Bathing guidance").doesNotContain("湯治指導");
		assertThat(programmeIn(programme, "zh-CN")).contains("汤治指导");
		assertThat(programmeIn(programme, "ko")).contains("湯治指導 (일본어)");
		assertThat(programmeIn(programme, "ja")).contains("湯治指導").doesNotContain("湯治指導 (");
	}

	private String programmeIn(UUID programme, String language) throws Exception {
		return Page
			.of(this.mvc.perform(get("/tourism/programmes/{id}", programme).param("lang", language))
				.andExpect(status().isOk()))
			.text();
	}

	@Test
	void aPhotoIsJudgedByItsContentNotItsName() throws Exception {
		UUID lodging = this.region.lodging().id();
		MockMultipartFile disguised = new MockMultipartFile("file", "onsen.jpg", "image/jpeg",
				"これは写真ではなく文章です。".getBytes(StandardCharsets.UTF_8));
		Page refused = follow(this.mvc.perform(upload(disguised, "露天風呂"))
			.andExpect(flash().attribute("photoError", "tourism.photo.error.type"))
			.andReturn(), staff());
		assertThat(refused.errorFor("file")).startsWith("JPEG・PNG・WebP の画像ではありません。");
		this.mvc.perform(upload(new MockMultipartFile("file", "empty.png", "image/png", new byte[0]), ""))
			.andExpect(flash().attribute("photoError", "tourism.photo.error.empty"));
		this.mvc.perform(upload(new MockMultipartFile("file", "big.png", "image/png", png()), "露".repeat(201)))
			.andExpect(flash().attribute("photoError", "tourism.photo.error.caption"));
		this.mvc.perform(upload(new MockMultipartFile("file", "big.png", "image/png", png()), "露天\u202E風呂"))
			.andExpect(flash().attribute("photoError", "validation.character.202E"));
		assertThat(this.photos.of(lodging)).isEmpty();

		this.mvc.perform(upload(new MockMultipartFile("file", "photo", "application/octet-stream", png()), "露天風呂"))
			.andExpect(flash().attribute("notice", "tourism.photo.added"));
		FacilityPhoto photo = this.photos.of(lodging).get(0);
		assertThat(photo.contentType()).isEqualTo("image/png");
		this.mvc.perform(get("/tourism/facilities/{f}/photos/{p}", lodging, photo.id()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		Page visitor = Page.of(this.mvc.perform(get("/tourism/facilities/{id}", lodging)));
		assertThat(visitor.attributeOf("figure img", "alt")).isEqualTo("露天風呂");

		this.mvc
			.perform(post("/tourism/facility/{f}/photos/{p}/delete", lodging, photo.id()).with(csrf()).with(staff()))
			.andExpect(redirectedUrl(editPage() + "#photos"));
		assertThat(this.photos.of(lodging)).isEmpty();
		this.mvc.perform(get("/tourism/facilities/{f}/photos/{p}", lodging, photo.id()))
			.andExpect(status().isNotFound());
	}

	@Test
	void staffOfAnotherFacilityCannotSeeOrChangeThisOne() throws Exception {
		UUID lodging = this.region.lodging().id();
		var clinicStaff = this.fixtures.signedIn(this.region.clinicStaff());
		FacilityDescription before = description();
		int capacities = this.facilities.capacities(lodging).size();
		this.mvc.perform(get(editPage()).with(clinicStaff)).andExpect(status().isForbidden());
		this.mvc.perform(get("/tourism/facility/{f}/capacities/new", lodging).with(clinicStaff))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/tourism/facility/{f}/capacities/{c}/edit", lodging, this.region.room().id())
				.with(clinicStaff))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/tourism/facility/{f}", lodging).with(csrf()).with(clinicStaff).param("name", "乗っ取り"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/tourism/facility/{f}/capacities", lodging).with(csrf())
				.with(clinicStaff)
				.param("kind", "ROOM_NIGHT")
				.param("name", "偽の部屋")
				.param("unitsPerDay", "3"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/tourism/facility/{f}/capacities/{c}", lodging, this.region.room().id()).with(csrf())
				.with(clinicStaff)
				.param("kind", "ROOM_NIGHT")
				.param("name", "和室")
				.param("unitsPerDay", "0"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/tourism/facility/{f}/photos", lodging)
				.file(new MockMultipartFile("file", "a.png", "image/png", png()))
				.with(csrf())
				.with(clinicStaff))
			.andExpect(status().isForbidden());
		assertThat(description()).isEqualTo(before);
		assertThat(this.facilities.capacities(lodging)).hasSize(capacities);
		assertThat(this.facilities.capacity(this.region.room().id()).orElseThrow().unitsPerDay()).isEqualTo(10);
		assertThat(this.photos.of(lodging)).isEmpty();

		this.mvc.perform(get("/tourism/facility").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/signin"));
		this.mvc.perform(get(editPage()).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/signin"));
		Page member = Page
			.of(this.mvc.perform(get("/tourism/facility").with(this.fixtures.signedIn(this.fixtures.member("会員"))))
				.andExpect(status().isOk()));
		assertThat(member.text()).contains("連携施設のスタッフとして登録されていません。");
	}

	@Test
	void facilityStaffFindTheirToolsInTheMenu() throws Exception {
		Page page = Page.of(this.mvc.perform(get("/").with(staff())));
		assertThat(page.attributeOf("nav a[href='/tourism/facility']", "href")).isEqualTo("/tourism/facility");
		Page agent = Page.of(this.mvc.perform(get("/").with(this.fixtures.signedIn(this.region.agentStaff()))));
		assertThat(agent.textOf("nav a[href='/tourism/programmes/manage']")).isEqualTo("プログラムの管理");
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

	private RequestPostProcessor staff() {
		return this.fixtures.signedIn(this.region.lodgingStaff());
	}

	private String editPage() {
		return "/tourism/facility/" + this.region.lodging().id() + "/edit";
	}

	private FacilityDescription description() {
		return this.facilities.find(this.region.lodging().id()).orElseThrow().description();
	}

	/** The description form as staff fill it, with the fields the test changes. */
	private MockHttpServletRequestBuilder describe(String... changes) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("name", "ほたる荘の新館");
		fields.put("description", "温泉療法士が常駐する宿です。");
		fields.put("address", "会津若松市東山町");
		fields.put("openingHours", "チェックイン 15:00");
		fields.put("phone", "0242-00-0000");
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder form = post("/tourism/facility/{id}", this.region.lodging().id()).with(csrf())
			.with(staff());
		fields.forEach(form::param);
		return form;
	}

	private Page refused(String... changes) throws Exception {
		return Page.of(this.mvc.perform(describe(changes)).andExpect(status().isOk()));
	}

	private MockHttpServletRequestBuilder addCapacity(String units) {
		return post("/tourism/facility/{f}/capacities", this.region.lodging().id()).with(csrf())
			.with(staff())
			.param("kind", CapacityKind.ROOM_NIGHT.name())
			.param("name", "露天風呂付き客室")
			.param("unitsPerDay", units)
			.param("active", "true");
	}

	private org.springframework.test.web.servlet.RequestBuilder upload(MockMultipartFile file, String caption) {
		return multipart("/tourism/facility/{f}/photos", this.region.lodging().id()).file(file)
			.param("caption", caption)
			.with(csrf())
			.with(staff());
	}

	private static byte[] png() throws Exception {
		BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0xCC8844);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
