package jp.musubi.work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.web.Dates;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.MovableClock;
import jp.musubi.support.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The people of a work exchange test and the steps they take through the pages: a client
 * company with its orderer, the agent's staff member, a member who takes work. Public so
 * that the API's tests set the scene through the same pages.
 */
public final class WorkParties {

	public static final UUID DATA_ENTRY = UUID.fromString("1f126094-7bb4-585b-87f1-2fd3edfb5555");

	public static final UUID WEB_DESIGN = UUID.fromString("e6dbbc39-47e3-5eb3-b2c5-d0af56864ec8");

	public final MockMvc mvc;

	public final Fixtures fixtures;

	public final MovableClock clock;

	public final TestUser client;

	public final UUID clientOrganisation;

	public final TestUser agent;

	public final TestUser member;

	public WorkParties(MockMvc mvc, Fixtures fixtures, MovableClock clock) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.clock = clock;
		this.client = fixtures.member("発注者");
		this.clientOrganisation = fixtures.organisation("株式会社みどり商事", OrganisationType.CLIENT, this.client);
		this.agent = fixtures.member("職員");
		fixtures.organisation("湯の森テレワークセンター", OrganisationType.AGENT, this.agent);
		this.member = fixtures.member("花子");
	}

	public LocalDate today() {
		return Dates.today(this.clock);
	}

	/** The client posts a fixed-price request and the agent publishes it. */
	public UUID publishedRequest(String title, String category, UUID skill) throws Exception {
		UUID id = postedRequest(title, category, skill);
		this.mvc.perform(post("/work/requests/{id}/publish", id).with(csrf()).with(this.fixtures.signedIn(this.agent)));
		return id;
	}

	public UUID postedRequest(String title, String category, UUID skill) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/work/requests").with(csrf())
				.with(this.fixtures.signedIn(this.client))
				.param("organisationId", this.clientOrganisation.toString())
				.param("title", title)
				.param("description", "湯の森温泉の観光パンフレットを作るための作業です。\n資料はこちらでお渡しします。")
				.param("category", category)
				.param("pricing", "FIXED")
				.param("budget", "50000")
				.param("deadline", today().plusDays(30).toString())
				.param("remote", "true")
				.param("skills", skill.toString()))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("posting " + title).startsWith("/work/requests/");
		return idAtEnd(result.getResponse().getRedirectedUrl());
	}

	/** The member proposes; returns the proposal's id as the client's list links it. */
	public UUID proposal(TestUser who, UUID requestId, String price) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/work/requests/{id}/proposals", requestId).with(csrf())
				.with(this.fixtures.signedIn(who))
				.param("message", "観光パンフレットの制作経験があります。丁寧に仕上げます。")
				.param("price", price)
				.param("deliveryDate", today().plusDays(20).toString()))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("proposing").isEqualTo("/work/requests/" + requestId);
		Page list = Page.of(this.mvc
			.perform(get("/work/requests/{id}/proposals", requestId).with(this.fixtures.signedIn(this.client))));
		String accept = list.document()
			.select("a[href$=/accept]")
			.stream()
			.filter((link) -> link.closest("li, tr, section, article").text().contains(nameOf(who)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No proposal from " + who.email() + " in " + list.text()))
			.attr("href");
		return idBefore(accept, "/accept");
	}

	/** The client accepts with the suggested terms; returns the contract's id. */
	public UUID contract(UUID proposalId, String remuneration) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/work/proposals/{id}/accept", proposalId).with(csrf())
				.with(this.fixtures.signedIn(this.client))
				.param("workDescription", "観光パンフレット（A4・4ページ）のデザイン")
				.param("deliveryDate", today().plusDays(20).toString())
				.param("deliveryMethod", "Musubiの契約ページにファイルをアップロード")
				.param("remuneration", remuneration)
				.param("paymentDate", today().plusDays(50).toString())
				.param("inspectionDate", today().plusDays(27).toString())
				.param("milestones[0].title", "デザイン一式")
				.param("milestones[0].amount", remuneration)
				.param("milestones[0].dueDate", today().plusDays(20).toString()))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("accepting").startsWith("/work/contracts/");
		return idAtEnd(result.getResponse().getRedirectedUrl());
	}

	/**
	 * The member delivers the contract's first open milestone and the client accepts it,
	 * through the contract's page; the invoice for it is issued.
	 */
	public String deliveredAndAccepted(UUID contractId) throws Exception {
		return deliveredAndAccepted(this.member, contractId);
	}

	/** As {@link #deliveredAndAccepted(UUID)}, for a contract with another member. */
	public String deliveredAndAccepted(TestUser member, UUID contractId) throws Exception {
		Page page = Page
			.of(this.mvc.perform(get("/work/contracts/{id}", contractId).with(this.fixtures.signedIn(member))));
		this.mvc.perform(multipart(page.attributeOf("form[action$=/deliverables]", "action"))
			.file(new MockMultipartFile("file", "成果物.txt", "text/plain", "成果物です".getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.with(this.fixtures.signedIn(member)));
		Page delivered = Page
			.of(this.mvc.perform(get("/work/contracts/{id}", contractId).with(this.fixtures.signedIn(this.client))));
		MvcResult accepted = this.mvc
			.perform(post(delivered.attributeOf("form[action$=/accept]", "action")).with(csrf())
				.with(this.fixtures.signedIn(this.client)))
			.andReturn();
		assertThat(accepted.getResponse().getRedirectedUrl()).as("accepting the delivery")
			.isEqualTo("/work/contracts/" + contractId);
		return Page
			.of(this.mvc.perform(get("/work/contracts/{id}", contractId).with(this.fixtures.signedIn(this.client))))
			.attributeOf("a[href^=/work/invoices/]", "href");
	}

	/**
	 * The page a form sent its sender to, with the message it left for them. The message
	 * travels in the session, which lives in the database; the cookie finds it again.
	 */
	/**
	 * The text of the agent's whole review queue, every page of it: the suite shares one
	 * database, so a request posted now may be on any page of the queue (oldest first).
	 */
	public String reviewQueue() throws Exception {
		StringBuilder text = new StringBuilder();
		String next = "/work/review";
		while (next != null) {
			Page page = Page.of(this.mvc.perform(get(next).with(this.fixtures.signedIn(this.agent))));
			text.append(page.text()).append('\n');
			org.jsoup.nodes.Element link = page.document().selectFirst(".pagination a[rel=next]");
			next = (link != null) ? link.attr("href") : null;
		}
		return text.toString();
	}

	Page follow(MvcResult posted, TestUser user) throws Exception {
		String target = posted.getResponse().getRedirectedUrl();
		assertThat(target).as("a redirect after the form").isNotNull();
		Cookie session = posted.getResponse().getCookie("SESSION");
		assertThat(session).as("the session that carries the message").isNotNull();
		return Page.of(this.mvc.perform(get(target).cookie(session).with(this.fixtures.signedIn(user))));
	}

	static String nameOf(TestUser user) {
		return user.email().substring(0, user.email().indexOf('-'));
	}

	static UUID idAtEnd(String path) {
		Matcher matcher = Pattern.compile("([0-9a-f-]{36})(?:[#?].*)?$").matcher(path);
		assertThat(matcher.find()).as("id in " + path).isTrue();
		return UUID.fromString(matcher.group(1));
	}

	static UUID idBefore(String path, String suffix) {
		return idAtEnd(path.substring(0, path.indexOf(suffix)));
	}

	public static String pdfText(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
