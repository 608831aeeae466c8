package jp.musubi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.musubi.accounts.AccountErased;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.accounts.PersonalDataPart;
import jp.musubi.accounts.account.CurrentUsers;
import jp.musubi.broadcast.Visibility;
import jp.musubi.broadcast.channel.ChannelDetails;
import jp.musubi.broadcast.channel.Channels;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.security.Role;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.shop.order.Addressee;
import jp.musubi.shop.order.Checkout;
import jp.musubi.shop.order.CheckoutRequest.CartLine;
import jp.musubi.shop.order.CheckoutRequest;
import jp.musubi.shop.order.PaymentMethod;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.ProductExamples;
import jp.musubi.shop.product.ProductTerms;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.season.SeasonWatches;
import jp.musubi.shop.shipping.ShippingOfferExamples;
import jp.musubi.shop.shipping.ShippingTerms;
import jp.musubi.shop.stock.Stock;
import jp.musubi.shop.storefront.StorefrontExamples;
import jp.musubi.shop.storefront.Storefronts;
import jp.musubi.support.ErasureChecks;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.Mailbox;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.tourism.TourismParties;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.booking.Bookings;
import jp.musubi.tourism.checkin.CheckInMethod;
import jp.musubi.tourism.checkin.CheckIns;
import jp.musubi.tourism.followup.CheckupNote;
import jp.musubi.tourism.followup.Checkups;
import jp.musubi.tourism.followup.Surveys;
import jp.musubi.tourism.guest.Consent;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.guest.Origin;
import jp.musubi.tourism.lead.Inquiry;
import jp.musubi.tourism.lead.Leads;
import jp.musubi.work.WorkParties;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person who uses every module finds all of it in their download, and after erasing
 * their account no table of the schema and no search holds their name, address, words or
 * links, except what the erasure page lists as kept. The download is checked against the
 * schema itself: every row of every module's tables that points at the person must be in
 * that module's part, so a module (or a new table) that keeps personal data and leaves it
 * out of the download fails here.
 */
@MusubiTest
@EnableScenarios
class PersonalDataAcrossModulesTests {

	/** Kept by every module's infrastructure, and covered by the account's own part. */
	private static final Set<String> OUTSIDE_MODULE_PARTS = Set.of("__root", "platform", "accounts");

	/** Made by the libraries themselves: migrations' history and the job queue. */
	private static final String LIBRARY_TABLES = "flyway_schema_history.*|jobrunr_.*";

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void everyModuleThatForgetsAPersonAlsoGivesThemTheirData() {
		Set<String> listening = new TreeSet<>();
		for (String name : this.context.getBeanDefinitionNames()) {
			Class<?> type = this.context.getType(name);
			if (type == null || !type.getPackageName().startsWith("jp.musubi.")) {
				continue;
			}
			ReflectionUtils.doWithMethods(type, (method) -> listening.add(module(method.getDeclaringClass())),
					(method) -> method.isAnnotationPresent(ApplicationModuleListener.class)
							&& method.getParameterCount() == 1
							&& method.getParameterTypes()[0].equals(AccountErased.class));
		}
		Set<String> contributing = new TreeSet<>();
		this.context.getBeansOfType(PersonalDataPart.class).values().forEach((part) -> {
			contributing.add(module(part.getClass()));
			assertThat(part.name()).isEqualTo(module(part.getClass()));
		});
		assertThat(listening).isNotEmpty();
		assertThat(contributing).containsAll(listening);
	}

	@Test
	void aPersonFindsEveryModulesDataInTheirDownloadAndNothingOfThemAfterErasure(Scenario scenario) throws Exception {
		String mark = UUID.randomUUID().toString().substring(0, 8);
		TestUser person = this.fixtures.person("tadashi" + mark, Role.MEMBER, Language.JA);
		String givenName = "tadashi" + mark;
		Map<String, String> words = new LinkedHashMap<>();

		// The work exchange: a profile, a question, a proposal, a contract with hours, an
		// invoice.
		WorkParties work = new WorkParties(this.mvc, this.fixtures, this.clock);
		words.put("introduction", "古民家の写真を撮っています " + mark);
		words.put("link", "https://photo.example.jp/" + mark);
		this.mvc
			.perform(post("/work/profile").with(csrf())
				.with(this.fixtures.signedIn(person))
				.param("introduction", words.get("introduction"))
				.param("hoursPerWeek", "20")
				.param("prefecture", "07")
				.param("links", words.get("link")))
			.andExpect(status().is3xxRedirection());
		UUID request = work.publishedRequest("古民家の撮影 " + UUID.randomUUID(), "DESIGN", WorkParties.WEB_DESIGN);
		words.put("question", "撮影は何枚でしょうか " + mark);
		this.mvc.perform(post("/work/requests/{id}/messages", request).with(csrf())
			.with(this.fixtures.signedIn(person))
			.param("body", words.get("question")));
		UUID contract = work.contract(work.proposal(person, request, "30000"), "30000");
		this.mvc
			.perform(post("/work/contracts/{id}/hours", contract).with(csrf())
				.with(this.fixtures.signedIn(person))
				.param("week", work.today().toString())
				.param("hours", "12"))
			.andExpect(status().is3xxRedirection());
		assertThat(work.deliveredAndAccepted(person, contract)).startsWith("/work/invoices/");

		// The tourism CRM: a guest with every consent, a stay, a check-in, a checkup at
		// the
		// clinic, a survey answered, an inquiry.
		TourismParties tourism = new TourismParties(this.context);
		TourismParties.Region region = tourism.region(5, 5, 5);
		words.put("city", "三軒茶屋" + mark);
		Guest guest = tourism.guest(person, Origin.japan(Prefecture.TOKYO, words.get("city")), Consent.values());
		Booking booking = this.context.getBean(Bookings.class)
			.book(guest, region.programme().id(), tourism.today().plusDays(1), 1, Language.JA, null);
		this.clock.advance(Duration.ofDays(1));
		this.context.getBean(CheckIns.class)
			.checkIn(region.lodging(), booking.id(), CheckInMethod.NUMBER, region.lodgingStaff().id());
		words.put("findings", "血圧がやや高め " + mark);
		this.context.getBean(Checkups.class)
			.record(this.context.getBean(CurrentUsers.class).of(region.clinicStaff().id()), region.clinic().id(),
					booking.number(), new CheckupNote(tourism.today(), words.get("findings"), "減塩を", null));
		this.clock.advance(Duration.ofDays(5));
		Surveys surveys = this.context.getBean(Surveys.class);
		surveys.sendDue();
		String link = Mailbox.path(Mailbox.awaitFirst(person.email(), "tourism-survey"), "/tourism/surveys/");
		words.put("answer", "湯がやわらかでした " + mark);
		surveys.answer(link.substring("/tourism/surveys/".length(), link.indexOf('?')), 9, words.get("answer"));
		words.put("inquiry", "冬の湯治について教えてください " + mark);
		this.context.getBean(Leads.class)
			.inquire(new Inquiry(givenName, person.email(), words.get("inquiry"), region.programme().id(), true),
					person.id());

		// The station: a photo on their organisation's channel.
		UUID organisation = this.fixtures.organisation("古民家写真室 " + UUID.randomUUID(), OrganisationType.PRODUCER,
				person);
		UUID channel = this.context.getBean(Channels.class)
			.open(this.context.getBean(CurrentUsers.class).of(person.id()), organisation,
					new ChannelDetails("古民家の四季", "紹介文", Visibility.PUBLIC))
			.id();
		this.mvc
			.perform(multipart("/broadcast/channels/" + channel + "/uploads")
				.file(new MockMultipartFile("file", "縁側.jpg", "image/jpeg",
						jp.musubi.broadcast.Samples.photo(800, 600)))
				.param("title", "縁側の朝")
				.with(csrf())
				.with(this.fixtures.signedIn(person)))
			.andExpect(status().is3xxRedirection());

		// The shop: an order placed as a member, and a sold-out product waited for.
		TestUser farmer = this.fixtures.member("棚田の農家");
		UUID farm = this.fixtures.organisation("棚田農園 " + UUID.randomUUID(), OrganisationType.PRODUCER, farmer);
		this.context.getBean(Storefronts.class).edit(farmer.id(), farm, StorefrontExamples.brewery());
		this.context.getBean(ShippingTerms.class)
			.change(Keeper.person(farmer.id()), farm, ShippingOfferExamples.farm());
		Product rice = shopProduct(farmer, farm, ProductExamples.rice(), 5);
		Product peaches = shopProduct(farmer, farm, ProductExamples.peaches(), 0);
		words.put("street", "千代田区千代田1-1 棚田" + mark);
		this.context.getBean(Checkout.class)
			.place(new CheckoutRequest(List.of(new CartLine(rice.id(), rice.variants().get(0).id(), 1)), person.email(),
					new Addressee(givenName, "090-1234-5678", "100-0001", Prefecture.TOKYO, words.get("street")),
					Optional.empty(), PaymentMethod.BANK_TRANSFER, null, List.of(), Language.JA, person.id()), null,
					null);
		this.context.getBean(SeasonWatches.class).ask(person.id(), peaches.id());

		JsonNode download = this.json.readTree(download(person));
		assertThat(download.path("modules").propertyNames()).contains("work", "tourism", "broadcast", "insight",
				"shop");
		for (Map.Entry<String, List<String>> row : rowsAbout(person.id(), guest.id()).entrySet()) {
			String module = row.getKey().substring(0, row.getKey().indexOf(':'));
			String part = download.path("modules").path(module).toString();
			for (String value : row.getValue()) {
				assertThat(part).as("%s's part of the download holds %s", module, row.getKey())
					.contains(this.json.writeValueAsString(value));
			}
		}
		words.values().forEach((said) -> assertThat(download.toString()).as("the download").contains(said));

		assertThat(
				jp.musubi.support.Page.of(this.mvc.perform(get("/account/erase").with(this.fixtures.signedIn(person))))
					.text())
			.as("what the erasure keeps, and why")
			.contains("適格請求書", "7年", "第29条", "3年間", "ショップの注文");

		scenario.stimulate(() -> ErasureChecks.erase(this.mvc, this.fixtures, person))
			.andWaitForStateChange(() -> everyModuleHasHeard(person))
			.andVerify((heard) -> assertThat(heard).isTrue());

		assertThat(ErasureChecks.tablesHolding(this.jdbc, givenName))
			.as("the invoice must name its issuer; the erasure page says so")
			.containsExactly("invoice.issuer_name");
		assertThat(ErasureChecks.tablesHolding(this.jdbc, person.email())).isEmpty();
		for (Map.Entry<String, String> said : words.entrySet()) {
			assertThat(ErasureChecks.tablesHolding(this.jdbc, said.getValue())).as(said.getKey()).isEmpty();
		}
		assertThat(
				this.mvc.perform(get("/api/v1/work/members").param("q", mark).with(this.fixtures.signedIn(work.agent)))
					.andReturn()
					.getResponse()
					.getContentAsString())
			.doesNotContain(person.id().toString());
		assertThat(this.jdbc.sql("SELECT count(*) FROM guest WHERE id = :guest AND account_id IS NULL")
			.param("guest", guest.id())
			.query(Long.class)
			.single()).as("the guest stays for the figures, without the account").isOne();
	}

	private Product shopProduct(TestUser farmer, UUID farm, ProductTerms terms, int units) {
		Products products = this.context.getBean(Products.class);
		Product product = products.add(Keeper.person(farmer.id()), farm, terms);
		products.publish(Keeper.person(farmer.id()), product.id());
		this.context.getBean(Stock.class)
			.set(Keeper.person(farmer.id()), product.id(),
					List.of(new Stock.Count(product.variants().get(0).id(), units, null)));
		return products.published(product.id());
	}

	private String download(TestUser person) throws Exception {
		return this.mvc.perform(post("/account/data/export").with(csrf()).with(this.fixtures.signedIn(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** Every listener of the erasure has finished (they run after it commits). */
	private boolean everyModuleHasHeard(TestUser person) {
		return this.jdbc.sql("""
				SELECT count(*) FILTER (WHERE completion_date IS NULL) = 0 AND count(*) > 0 FROM event_publication
				WHERE event_type = :type AND strpos(serialized_event, :id) > 0""")
			.param("type", AccountErased.class.getName())
			.param("id", person.id().toString())
			.query(Boolean.class)
			.single();
	}

	/**
	 * Every row of a module's tables with a column that points at the person (their
	 * account or their guest record), by "module:table", with what identifies it: its id,
	 * or else every other value it holds.
	 */
	private Map<String, List<String>> rowsAbout(UUID account, UUID guest) {
		Map<String, List<String>> rows = new TreeMap<>();
		Map<String, String> modules = tableModules();
		Map<String, List<String[]>> columns = new TreeMap<>();
		this.jdbc.sql("""
				SELECT table_name, column_name, data_type FROM information_schema.columns
				WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position""")
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.list()
			.forEach((column) -> columns.computeIfAbsent(column[0], (table) -> new ArrayList<>()).add(column));
		columns.forEach((table, ofTable) -> {
			String module = modules.get(table);
			if (module == null) {
				assertThat(table).as("a table no module's migration creates").matches(LIBRARY_TABLES);
				return;
			}
			if (OUTSIDE_MODULE_PARTS.contains(module)) {
				return;
			}
			List<String> keys = ofTable.stream().filter((c) -> c[2].equals("uuid")).map((c) -> c[1]).toList();
			if (keys.isEmpty()) {
				return;
			}
			String about = String.join(" OR ", keys.stream().map((key) -> key + " IN (:account, :guest)").toList());
			List<Map<String, Object>> found = this.jdbc.sql("SELECT * FROM " + table + " WHERE " + about)
				.param("account", account)
				.param("guest", guest)
				.query()
				.listOfRows();
			for (int i = 0; i < found.size(); i++) {
				rows.put(module + ":" + table + "#" + i, identity(found.get(i), account, guest));
			}
		});
		assertThat(rows.keySet()).as("rows about the person in the modules used")
			.anyMatch((row) -> row.startsWith("work:contract#"))
			.anyMatch((row) -> row.startsWith("tourism:check_in#"))
			.anyMatch((row) -> row.startsWith("broadcast:broadcast_media#"))
			.anyMatch((row) -> row.startsWith("insight:insight_contract_week#"))
			.anyMatch((row) -> row.startsWith("shop:shop_order#"))
			.anyMatch((row) -> row.startsWith("shop:shop_season_watch#"));
		return rows;
	}

	private static List<String> identity(Map<String, Object> row, UUID account, UUID guest) {
		Object id = row.entrySet()
			.stream()
			.filter((column) -> column.getKey().equalsIgnoreCase("id"))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
		if (id != null) {
			return List.of(id.toString());
		}
		List<String> values = new ArrayList<>();
		row.values().forEach((value) -> {
			if ((value instanceof UUID || value instanceof String) && !value.equals(account) && !value.equals(guest)) {
				values.add(value.toString());
			}
		});
		return values;
	}

	/** Which module's migrations create each table. */
	private static Map<String, String> tableModules() {
		Map<String, String> modules = new TreeMap<>();
		Pattern create = Pattern.compile("CREATE TABLE\\s+(?:IF NOT EXISTS\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);
		try {
			for (Resource migration : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:db/migration/*/V*.sql")) {
				String path = migration.getURL().getPath();
				String[] parts = path.split("/");
				String module = parts[parts.length - 2];
				Matcher matcher = create.matcher(migration.getContentAsString(StandardCharsets.UTF_8));
				while (matcher.find()) {
					modules.put(matcher.group(1).toLowerCase(), module);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return modules;
	}

	private static String module(Class<?> type) {
		String rest = type.getPackageName().substring("jp.musubi.".length());
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

}
