package jp.musubi.tourism.figures;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.nodes.Element;

import jp.musubi.accounts.FacilityKind;
import jp.musubi.platform.disclosure.Audit;
import jp.musubi.platform.disclosure.CountTable;
import jp.musubi.platform.disclosure.Interval;
import jp.musubi.platform.i18n.Language;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import jp.musubi.tourism.TourismParties;
import jp.musubi.tourism.TourismParties.Region;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.booking.Bookings;
import jp.musubi.tourism.facility.Facilities;
import jp.musubi.tourism.guest.Consent;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.programme.ProgrammeTerms;
import jp.musubi.tourism.programme.Programmes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboards on a small region: six guests from the Tokyo area and one from Korea at
 * the lodging this month, two of the six back after a visit two months ago, and two
 * checkups at the clinic. The lodging sees its own guests exactly; the clinic sees the
 * lodging only suppressed, and the lodging the clinic's checkups likewise. Around them,
 * forty partner facilities with guests this month, some many and some few, as in a region
 * of forty partners (and the suite's shared database holds the facilities of every other
 * test besides): the figures are chosen and audited by the refresh, and every page below
 * reads them as they were kept.
 */
@MusubiTest
class FiguresTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FigureRefresh refresh;

	@Autowired
	Bookings bookings;

	@Autowired
	MovableClock clock;

	private static final String[] AREAS = { "SHUTOKEN", "ASIA", "NEARBY", "OTHER" };

	private static final int ASIA = 1;

	TourismParties parties;

	Region region;

	List<Guest> tokyo;

	Guest korea;

	/**
	 * The partners and the region most tests read are made and refreshed once: the
	 * database outlives the test instances, and each refresh chooses and audits the month
	 * for every reader. A test that changes its region's figures makes its own.
	 */
	private static Scene shared;

	@BeforeEach
	void region() {
		this.parties = new TourismParties(this.context);
		if (shared == null) {
			partners();
			shared = scene();
			this.refresh.refresh();
		}
		use(shared);
	}

	/** A region of this test's own, not refreshed yet, for a test that changes it. */
	private void ownRegion() {
		use(scene());
	}

	private void use(Scene scene) {
		this.region = scene.region();
		this.tokyo = scene.tokyo();
		this.korea = scene.korea();
	}

	private Scene scene() {
		Region made = this.parties.region(10, 20, 10);
		LocalDate today = this.parties.today();
		List<Guest> guests = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Guest guest = this.parties.guestFromTokyo("東京 太郎" + i, Consent.HEALTH);
			guests.add(guest);
			checkIn(made.lodging().id(), guest, today, "SHUTOKEN");
		}
		checkIn(made.lodging().id(), guests.get(0), today.minusMonths(2), "SHUTOKEN");
		checkIn(made.lodging().id(), guests.get(1), today.minusMonths(2), "SHUTOKEN");
		Guest fromKorea = this.parties.guestFromKorea("김 민수");
		checkIn(made.lodging().id(), fromKorea, today, "ASIA");
		checkup(made, guests.get(0), today);
		checkup(made, guests.get(1), today);
		return new Scene(made, List.copyOf(guests), fromKorea);
	}

	private record Scene(Region region, List<Guest> tokyo, Guest korea) {

	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aFacilitySeesItsOwnVisitorsAndGuestsExactly() throws Exception {
		Page page = Page.of(
				this.mvc
					.perform(get("/tourism/facility/{id}/figures", this.region.lodging().id())
						.with(this.fixtures.signedIn(this.region.lodgingStaff())))
					.andExpect(status().isOk()));

		Element thisMonth = row(page, "#own-visits", YearMonth.from(this.parties.today()).toString());
		// 首都圏, アジア, 近隣, その他, check-ins, walk-ins
		assertThat(cells(thisMonth)).containsExactly("6", "1", "0", "0", "7", "0");
		assertThat(page.textOf("#own-guests caption")).contains("7");
		assertThat(page.textsOf("#own-guests tbody th")).anyMatch((name) -> name.endsWith("東京 太郎0"))
			.anyMatch((name) -> name.endsWith("김 민수"));
		assertThat(page.textOf("#as-of")).contains("時点の集計");
	}

	@Test
	void anotherFacilitySeesOnlySuppressedCountsThatTotalsDoNotGiveAway() throws Exception {
		Page page = Page.of(
				this.mvc
					.perform(get("/tourism/facility/{id}/figures", this.region.clinic().id())
						.with(this.fixtures.signedIn(this.region.clinicStaff())))
					.andExpect(status().isOk()));

		Element lodging = row(page, "#other-facilities", this.region.lodging().name());
		List<String> shown = cells(lodging);
		// One guest from Asia and six from the Tokyo area: both fewer than ten, both
		// hidden.
		assertThat(shown.get(0)).isEqualTo("秘匿");
		assertThat(shown.get(1)).isEqualTo("秘匿");
		assertThat(page.text()).doesNotContain("東京 太郎");
		// The clinic's own checkups, exactly.
		assertThat(page.textsOf("#own-checkups td")).contains("2");
	}

	@Test
	void theClinicCanNoLongerWorkBackHowManyGuestsFromAsiaTheLodgingHad() throws Exception {
		ownRegion();
		// Four from Korea at the lodging (one came in the set-up), one at the clinic.
		for (int i = 0; i < 3; i++) {
			checkIn(this.region.lodging().id(), this.parties.guestFromKorea("박 지훈" + i), this.parties.today(), "ASIA");
		}
		checkIn(this.region.clinic().id(), this.parties.guestFromKorea("이 서연"), this.parties.today(), "ASIA");
		this.refresh.refresh();

		Page page = Page.of(
				this.mvc
					.perform(get("/tourism/facility/{id}/figures", this.region.clinic().id())
						.with(this.fixtures.signedIn(this.region.clinicStaff())))
					.andExpect(status().isOk()));

		String thisMonth = YearMonth.from(this.parties.today()).toString();
		assertThat(cells(row(page, "#own-visits", thisMonth)).get(ASIA)).isEqualTo("1");
		assertThat(cells(row(page, "#other-facilities", this.region.lodging().name())).get(ASIA)).isEqualTo("秘匿");
		Map<String, Interval> audit = whatThePageShows(page, this.region.clinic().id(),
				YearMonth.from(this.parties.today()));
		Interval lodgingAsia = audit.get(this.region.lodging().name() + " ASIA");
		assertThat(lodgingAsia.contains(4)).isTrue();
		assertThat(lodgingAsia.width())
			.as("the lodging's guests from Asia, as the clinic can bound them: %s", lodgingAsia)
			.isGreaterThanOrEqualTo(10.0);
		assertEveryHiddenCountKeepsItsInterval(audit);
		assertThat(page.textOf(".lead")).contains("10人未満");

		String json = this.mvc
			.perform(get("/api/v1/tourism/facilities/{id}/figures", this.region.clinic().id())
				.with(this.fixtures.signedIn(this.region.clinicStaff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> months = JsonPath.read(json, "$.region.rows");
		List<Object> region = JsonPath.read(json, "$.region.cells[" + months.indexOf(thisMonth) + "][*].value");
		List<String> pageRegion = cells(row(page, "#region", thisMonth));
		for (int a = 0; a < region.size(); a++) {
			assertThat(String.valueOf(region.get(a))).as("the API hides what the page hides")
				.isEqualTo("秘匿".equals(pageRegion.get(a)) ? "null" : pageRegion.get(a));
		}
	}

	@Test
	void noHiddenCountOnAnyPartnersPageCanBeNarrowedThisMonthOrTwoMonthsAgo() throws Exception {
		// The lodging had one guest from Asia this month: alone in its cell.
		YearMonth thisMonth = YearMonth.from(this.parties.today());
		for (YearMonth month : List.of(thisMonth, thisMonth.minusMonths(2))) {
			for (Reader reader : List.of(new Reader(this.region.lodging().id(), this.region.lodgingStaff()),
					new Reader(this.region.clinic().id(), this.region.clinicStaff()))) {
				Page page = Page.of(this.mvc
					.perform(get("/tourism/facility/{id}/figures", reader.facility()).param("month", month.toString())
						.with(this.fixtures.signedIn(reader.staff())))
					.andExpect(status().isOk()));

				assertEveryHiddenCountKeepsItsInterval(whatThePageShows(page, reader.facility(), month));
			}
		}
	}

	@Test
	void theAgentCannotNarrowAHiddenCountWithTheMonthsTotalsAndItsCohorts() throws Exception {
		Page page = Page
			.of(this.mvc.perform(get("/tourism/figures").with(this.fixtures.signedIn(this.region.agentStaff())))
				.andExpect(status().isOk()));

		Map<String, Interval> audit = whatThePageShows(page, null, YearMonth.from(this.parties.today()));

		assertThat(audit).as("counts of few people hidden from the agent too").isNotEmpty();
		assertEveryHiddenCountKeepsItsInterval(audit);
	}

	private record Reader(UUID facility, TestUser staff) {

	}

	private static void assertEveryHiddenCountKeepsItsInterval(Map<String, Interval> audit) {
		audit.forEach((cell, interval) -> assertThat(interval.width())
			.as("%s, as the reader can bound it: %s", cell, interval)
			.isGreaterThanOrEqualTo(10.0));
	}

	/**
	 * The bounds a reader can put on every count its page hides in a month, from nothing
	 * but what the page shows (what reads 秘匿 is unknown, the rest fixed) and what it
	 * knows: its own row, each table's totals, that the region counts a guest once while
	 * each facility counts them again, and (the agent) that the cohorts' guests of the
	 * month are among the month's. A facility with no guests in the month is a row of
	 * zeros and bounds nothing; a count the page hides and this leaves out would only be
	 * taken as known, which is harder on the page, not easier.
	 * @param reader the reading facility, {@code null} for the agent's staff
	 */
	private Map<String, Interval> whatThePageShows(Page page, UUID reader, YearMonth shown) {
		int month = MonthNumber.of(shown);
		String label = shown.toString();
		String regionTable = (reader != null) ? "#region" : "#visitors";
		String facilityTable = (reader != null) ? "#other-facilities" : "#facility-guests";
		String checkupTable = (reader != null) ? "#other-checkups" : "#checkups";
		Map<UUID, String> names = new HashMap<>();
		for (Map<String, Object> facility : this.jdbc.queryForList("SELECT id, name FROM facility")) {
			names.put((UUID) facility.get("id"), (String) facility.get("name"));
		}
		CountTable table = new CountTable();
		Set<Integer> hidden = new HashSet<>();
		Map<Integer, String> shownAs = new HashMap<>();
		List<String> regionShown = cells(row(page, regionTable, label));
		int[] region = new int[AREAS.length];
		for (int a = 0; a < AREAS.length; a++) {
			region[a] = table.count("region " + AREAS[a], count("SELECT COALESCE(SUM(guests), 0) FROM figure_area_month"
					+ " WHERE month_no = ? AND target_area = ?", month, AREAS[a]));
			hide(hidden, region[a], regionShown.get(a));
		}
		int regionTotal = table.count("region total",
				count("SELECT COALESCE(SUM(guests), 0) FROM figure_area_month WHERE month_no = ?", month));
		hide(hidden, regionTotal, regionShown.get(AREAS.length));
		table.total(regionTotal, list(region));

		Map<UUID, long[]> guests = new HashMap<>();
		this.jdbc.query("SELECT facility_id, target_area, guests FROM figure_visit WHERE month_no = ? AND guests > 0",
				(row) -> {
					guests.computeIfAbsent(row.getObject("facility_id", UUID.class),
							(id) -> new long[AREAS.length])[Arrays.asList(AREAS)
								.indexOf(row.getString("target_area"))] = row.getLong("guests");
				}, month);
		List<List<Integer>> byArea = new ArrayList<>();
		List<List<Integer>> shownByArea = new ArrayList<>();
		List<Integer> shownTotals = new ArrayList<>();
		for (int a = 0; a < AREAS.length; a++) {
			byArea.add(new ArrayList<>());
			shownByArea.add(new ArrayList<>());
		}
		guests.forEach((id, counts) -> {
			boolean own = id.equals(reader);
			List<String> seen = own ? null : cells(row(page, facilityTable, names.get(id)));
			int[] cells = new int[AREAS.length];
			for (int a = 0; a < AREAS.length; a++) {
				String name = names.get(id) + " " + AREAS[a];
				cells[a] = own ? table.known(name, counts[a]) : table.count(name, counts[a]);
				if (!own) {
					hide(hidden, cells[a], seen.get(a));
					shownByArea.get(a).add(cells[a]);
				}
				byArea.get(a).add(cells[a]);
				table.atLeast(region[a], cells[a]);
			}
			long sum = Arrays.stream(counts).sum();
			int total = own ? table.known(names.get(id) + " total", sum) : table.count(names.get(id) + " total", sum);
			table.total(total, list(cells));
			if (!own) {
				hide(hidden, total, seen.get(AREAS.length));
				shownTotals.add(total);
			}
		});
		List<String> footer = page.document().select(facilityTable + " tfoot td").eachText();
		int[] areaTotals = new int[AREAS.length];
		long all = 0;
		for (int a = 0; a < AREAS.length; a++) {
			table.atMostSumOf(region[a], byArea.get(a));
			long sum = shownByArea.get(a).stream().mapToLong(table::value).sum();
			all += sum;
			areaTotals[a] = table.count("area total " + AREAS[a], sum);
			hide(hidden, areaTotals[a], footer.get(a));
			table.total(areaTotals[a], shownByArea.get(a));
		}
		int grand = table.count("grand total", all);
		hide(hidden, grand, footer.get(AREAS.length));
		table.total(grand, list(areaTotals));
		table.total(grand, shownTotals);

		// The checkups of the month: the last column of the clinics' table.
		List<Integer> examined = new ArrayList<>();
		long examinedSum = 0;
		for (Map<String, Object> clinic : this.jdbc
			.queryForList("SELECT facility_id, guests FROM figure_examined WHERE month_no = ? AND guests > 0", month)) {
			UUID id = (UUID) clinic.get("facility_id");
			if (id.equals(reader)) {
				continue;
			}
			long guestsExamined = ((Number) clinic.get("guests")).longValue();
			int cell = table.count(names.get(id) + " examined", guestsExamined);
			List<String> seen = cells(row(page, checkupTable, names.get(id)));
			hide(hidden, cell, seen.get(seen.size() - 1));
			examined.add(cell);
			examinedSum += guestsExamined;
		}
		int examinedTotal = table.count("examined total", examinedSum);
		List<String> examinedFooter = page.document().select(checkupTable + " tfoot td").eachText();
		hide(hidden, examinedTotal, examinedFooter.get(examinedFooter.size() - 1));
		table.total(examinedTotal, examined);

		if (reader == null) {
			List<Integer> cohorts = new ArrayList<>();
			long cohortSum = 0;
			for (Map<String, Object> cohort : this.jdbc.queryForList("SELECT first_month, guests FROM figure_cohort"
					+ " WHERE month_no = ? AND first_month > ? AND guests > 0", month, month - 12)) {
				int first = (Integer) cohort.get("first_month");
				long cohortGuests = ((Number) cohort.get("guests")).longValue();
				int cell = table.count("cohort " + first, cohortGuests);
				hide(hidden, cell,
						cells(row(page, "#cohorts", MonthNumber.month(first).toString())).get(month - first));
				cohorts.add(cell);
				cohortSum += cohortGuests;
			}
			if (cohortSum == table.value(regionTotal)) {
				table.total(regionTotal, cohorts);
			}
			else {
				table.atLeastSumOf(regionTotal, cohorts);
			}
		}
		Map<String, Interval> intervals = new HashMap<>();
		Audit.of(table, hidden).forEach((cell, interval) -> {
			assertThat(interval.contains(table.value(cell))).isTrue();
			intervals.put(table.name(cell), interval);
		});
		return intervals;
	}

	/** What the page shows of a count: 秘匿, or the count itself. */
	private static void hide(Set<Integer> hidden, int cell, String shown) {
		if ("秘匿".equals(shown)) {
			hidden.add(cell);
		}
	}

	private long count(String sql, Object... arguments) {
		return this.jdbc.queryForObject(sql, Long.class, arguments);
	}

	private static List<Integer> list(int[] cells) {
		return Arrays.stream(cells).boxed().toList();
	}

	/**
	 * Forty partners with guests this month: from the Tokyo area up to forty each, from
	 * Asia and elsewhere a few, nearby some; guests of a pool, so that some came to
	 * several partners and the region counts them once. Guests and check-ins in SQL, as
	 * the check-in desks would have recorded them.
	 */
	private void partners() {
		Random random = new Random(40);
		Facilities facilities = this.context.getBean(Facilities.class);
		TestUser owner = this.fixtures.member("協力 施設");
		int[] most = { 40, 6, 25, 3 };
		Map<String, List<UUID>> pool = new HashMap<>();
		for (String area : AREAS) {
			List<UUID> ids = new ArrayList<>();
			for (int i = 0; i < 120; i++) {
				UUID id = UUID.randomUUID();
				this.jdbc.update(
						"INSERT INTO guest (id, language, origin_country, target_area, created_at, version)"
								+ " VALUES (?, 'ja', ?, ?, ?, 0)",
						id, "ASIA".equals(area) ? "KR" : "JP", area, Timestamp.from(this.clock.instant()));
				ids.add(id);
			}
			pool.put(area, ids);
		}
		for (int p = 0; p < 40; p++) {
			UUID partner = facilities
				.open(this.fixtures.facility("協力施設 " + p + " " + UUID.randomUUID(), FacilityKind.ONSEN_LODGING, owner))
				.id();
			List<Object[]> checkIns = new ArrayList<>();
			for (int a = 0; a < AREAS.length; a++) {
				int count = random.nextInt(most[a] + 1);
				for (int g = 0; g < count; g++) {
					UUID guest = pool.get(AREAS[a]).get((p * 3 + g) % 120);
					checkIns.add(new Object[] { UUID.randomUUID(), partner, guest, this.parties.today(),
							Timestamp.from(this.clock.instant()), AREAS[a], "ASIA".equals(AREAS[a]) ? "KR" : "JP" });
				}
			}
			this.jdbc
				.batchUpdate("INSERT INTO check_in (id, facility_id, guest_id, day, checked_in_at, method, target_area,"
						+ " origin_country) VALUES (?, ?, ?, ?, ?, 'QR', ?, ?)", checkIns);
		}
	}

	@Test
	void healthDataLeavesTheClinicOnlySuppressed() throws Exception {
		Page page = Page.of(this.mvc.perform(get("/tourism/facility/{id}/figures", this.region.lodging().id())
			.with(this.fixtures.signedIn(this.region.lodgingStaff()))));

		List<String> clinic = cells(row(page, "#other-checkups", this.region.clinic().name()));
		assertThat(clinic.get(clinic.size() - 1)).isEqualTo("秘匿");
		assertThat(clinic).doesNotContain("2");
		assertThat(page.document().select("#own-checkups")).isEmpty();
	}

	@Test
	void theRefreshPicksUpANewCheckIn() throws Exception {
		ownRegion();
		Guest another = this.parties.guestFromTokyo("東京 次郎");
		checkIn(this.region.lodging().id(), another, this.parties.today(), "SHUTOKEN");

		this.refresh.refresh();

		Page page = Page.of(this.mvc.perform(get("/tourism/facility/{id}/figures", this.region.lodging().id())
			.with(this.fixtures.signedIn(this.region.lodgingStaff()))));
		Element thisMonth = row(page, "#own-visits", YearMonth.from(this.parties.today()).toString());
		assertThat(cells(thisMonth).get(0)).isEqualTo("7");
		assertThat(this.jdbc.queryForObject("SELECT previous_month FROM figure_guest WHERE guest_id = ?", Integer.class,
				this.tokyo.get(0).id()))
			.isEqualTo(MonthNumber.of(this.parties.today().minusMonths(2)));
	}

	@Test
	void theAgentSeesTheRegionWithRepeatRateAndTheNounsGuestsWrite() throws Exception {
		for (int i = 0; i < 5; i++) {
			survey(this.tokyo.get(i), (i < 3) ? 10 : 3, "温泉がとても良かった。食事も美味しかったです。");
		}
		this.refresh.refresh();

		Page page = Page
			.of(this.mvc.perform(get("/tourism/figures").with(this.fixtures.signedIn(this.region.agentStaff())))
				.andExpect(status().isOk()));

		assertThat(page.heading()).isEqualTo("地域の集計");
		assertThat(page.textOf("#repeat-rate")).contains("%");
		Element nouns = page.document().selectFirst("section.nouns[data-area=首都圏]");
		assertThat(nouns.select("tbody th").eachText()).contains("温泉", "食事");
		assertThat(nouns.select("tbody th").eachText()).doesNotContain("とても", "良い");
		assertThat(page.textsOf("#visitors caption")).isNotEmpty();
		assertThat(page.document().select("canvas#figures-visitors-chart")).hasSize(1);
		assertThat(page.document().selectFirst("#figures-chart-data").data()).contains("\"visitors\"");
	}

	@Test
	void aProgrammeNamedLikeMarkupStaysTextInsideTheChartData() throws Exception {
		String name = "</script><script>alert(1)</script> 5 > 3 & <!-- " + UUID.randomUUID();
		ProgrammeTerms mini = this.parties.miniToji("MARKUP-" + UUID.randomUUID().toString().substring(0, 8),
				this.region.room(), this.region.therapy(), this.region.checkup());
		Map<Language, ProgrammeTerms.Text> texts = new EnumMap<>(mini.texts());
		texts.put(Language.JA, new ProgrammeTerms.Text(name, "名前に記号を含むプログラム。"));
		this.context.getBean(Programmes.class)
			.compose(new ProgrammeTerms(mini.code(), mini.nights(), mini.pricePerPerson(), mini.seasonStart(),
					mini.seasonEnd(), mini.minParty(), mini.maxParty(), mini.freeCancellationDays(),
					mini.cancellationFeePercent(), texts, mini.components()), this.region.agentStaff().id());

		String html = this.mvc.perform(get("/tourism/figures").with(this.fixtures.signedIn(this.region.agentStaff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Page page = Page.of(html);
		Element data = page.document().selectFirst("script#figures-chart-data");
		assertThat(data).isNotNull();
		assertThat(page.document().select("script")).as("no script element but the page's own")
			.noneMatch((script) -> script.data().contains("alert(1)") && script != data);
		List<String> labels = JsonPath.read(data.data(), "$.programmes.labels");
		assertThat(labels).as("the name read back by JSON.parse as it was typed").contains(name);
		assertThat(data.data()).doesNotContain("</", "<!--", "&");
		assertThat(page.textsOf("#programmes tbody th, #programmes td")).anyMatch((cell) -> cell.contains(name));
	}

	@Test
	void theRepeatRateCountsGuestsWithTwoVisitsInTwelveMonths() {
		// At the clinic, whose own visits no test reads: the lodging's are read as set
		// up.
		this.refresh.refresh();
		RepeatRate before = this.context.getBean(Figures.class).repeat(MonthNumber.of(this.parties.today()));
		Guest once = this.parties.guestFromTokyo("一度 だけ");
		checkIn(this.region.clinic().id(), once, this.parties.today(), "SHUTOKEN");
		Guest twice = this.parties.guestFromTokyo("二度 目");
		checkIn(this.region.clinic().id(), twice, this.parties.today(), "SHUTOKEN");
		checkIn(this.region.clinic().id(), twice, this.parties.today().minusMonths(11), "SHUTOKEN");
		Guest longAgo = this.parties.guestFromTokyo("久し ぶり");
		checkIn(this.region.clinic().id(), longAgo, this.parties.today(), "SHUTOKEN");
		checkIn(this.region.clinic().id(), longAgo, this.parties.today().minusMonths(13), "SHUTOKEN");

		this.refresh.refresh();

		RepeatRate after = this.context.getBean(Figures.class).repeat(MonthNumber.of(this.parties.today()));
		assertThat(after.guests() - before.guests()).isEqualTo(3);
		assertThat(after.repeaters() - before.repeaters()).isEqualTo(1);
	}

	@Test
	void aMonthThatIsNotOneIsSaidSoAndThisMonthShown() throws Exception {
		Page page = Page.of(
				this.mvc
					.perform(get("/tourism/facility/{id}/figures", this.region.lodging().id()).param("month", "2026-13")
						.with(this.fixtures.signedIn(this.region.lodgingStaff())))
					.andExpect(status().isOk()));

		assertThat(page.textOf(".month-choice .error")).isEqualTo("月の指定が正しくありません。今月の集計を表示しています。");
		assertThat(row(page, "#own-visits", YearMonth.from(this.parties.today()).toString())).isNotNull();
	}

	@Test
	void staffOfAnotherFacilityTheAgentAndGuestsMayNotReadAFacilitysFigures() throws Exception {
		String lodging = "/tourism/facility/" + this.region.lodging().id() + "/figures";
		this.mvc.perform(get(lodging).with(this.fixtures.signedIn(this.region.clinicStaff())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(lodging).with(this.fixtures.signedIn(this.region.agentStaff())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(lodging).with(this.fixtures.signedIn(this.fixtures.member("一般 会員"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(lodging).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/signin"));
		this.mvc.perform(get("/tourism/figures").with(this.fixtures.signedIn(this.region.lodgingStaff())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/tourism/figures").with(this.fixtures.signedIn(this.region.clinicStaff())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/tourism/facilities/{id}/figures", this.region.lodging().id())
				.with(this.fixtures.signedIn(this.region.clinicStaff())))
			.andExpect(status().isForbidden());
	}

	@Test
	void theApiGivesHiddenCountsAsNullWithAFlag() throws Exception {
		String token = Page
			.of(this.mvc.perform(post("/organisations/{id}/tokens", this.region.clinic().organisationId()).with(csrf())
				.with(this.fixtures.signedIn(this.region.clinicStaff()))
				.param("name", "受付システム")))
			.textOf("#api-token");

		ResultActions own = this.mvc
			.perform(get("/api/v1/tourism/facilities/{id}/figures", this.region.clinic().id()).with((request) -> {
				request.addHeader("Authorization", "Bearer " + token);
				return request;
			}))
			.andExpect(status().isOk());
		String json = own.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<String> rows = JsonPath.read(json, "$.otherFacilities.rows");
		int lodging = rows.indexOf(this.region.lodging().name());
		assertThat((Object) JsonPath.read(json, "$.otherFacilities.cells[" + lodging + "][1].value")).isNull();
		assertThat((Boolean) JsonPath.read(json, "$.otherFacilities.cells[" + lodging + "][1].suppressed")).isTrue();

		this.mvc.perform(get("/api/v1/tourism/facilities/{id}/figures", this.region.lodging().id()).with((request) -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		})).andExpect(status().isForbidden());
	}

	private void checkIn(UUID facility, Guest guest, LocalDate day, String area) {
		this.jdbc.update(
				"INSERT INTO check_in (id, facility_id, guest_id, day, checked_in_at, method, target_area, origin_country)"
						+ " VALUES (?, ?, ?, ?, ?, 'QR', ?, ?)",
				UUID.randomUUID(), facility, guest.id(), day, Timestamp.from(this.clock.instant()), area,
				"ASIA".equals(area) ? "KR" : "JP");
	}

	private void checkup(Region in, Guest guest, LocalDate day) {
		this.jdbc.update(
				"INSERT INTO checkup_follow_up (id, facility_id, guest_id, examined_on, findings, recorded_by,"
						+ " recorded_at) VALUES (?, ?, ?, ?, '血圧やや高め', ?, ?)",
				UUID.randomUUID(), in.clinic().id(), guest.id(), day, in.clinicStaff().id(),
				Timestamp.from(this.clock.instant()));
	}

	private void survey(Guest guest, int score, String answer) {
		Booking booking = this.bookings.book(guest, this.region.programme().id(), this.parties.today().plusDays(10), 1,
				Language.JA, null);
		this.jdbc
			.update("INSERT INTO survey (id, booking_id, guest_id, programme_id, token_hash, language, target_area,"
					+ " due_at, sent_at, answered_at, recommend_score, answer) VALUES (?, ?, ?, ?, ?, 'ja', 'SHUTOKEN', ?, ?, ?, ?, ?)",
					UUID.randomUUID(), booking.id(), guest.id(), this.region.programme().id(),
					UUID.randomUUID().toString(), Timestamp.from(this.clock.instant()),
					Timestamp.from(this.clock.instant()), Timestamp.from(this.clock.instant()), score, answer);
	}

	private static Element row(Page page, String table, String heading) {
		return page.document()
			.select(table + " tr")
			.stream()
			.filter((tr) -> tr.selectFirst("th") != null && tr.selectFirst("th").text().equals(heading))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row " + heading + " in " + table));
	}

	private static List<String> cells(Element row) {
		return row.select("td").eachText();
	}

}
