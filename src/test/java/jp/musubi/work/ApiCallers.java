package jp.musubi.work;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import jp.musubi.accounts.OrganisationType;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.Page;
import jp.musubi.work.WorkParties;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who calls the work API in these tests, and what they send: organisations' tokens made
 * on the organisation's page as its owner would, and request bodies as JSON.
 */
public final class ApiCallers {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	public ApiCallers(MockMvc mvc, Fixtures fixtures) {
		this.mvc = mvc;
		this.fixtures = fixtures;
	}

	/** A new token of the organisation, made by its owner on its page. */
	public String token(UUID organisation, TestUser owner) throws Exception {
		return Page.of(this.mvc.perform(post("/organisations/{id}/tokens", organisation).with(csrf())
			.with(this.fixtures.signedIn(owner))
			.param("name", "受発注システム"))).textOf("#api-token");
	}

	/** A token of a new organisation of the given type, owned by someone new. */
	public String tokenOfNew(String name, OrganisationType type) throws Exception {
		TestUser owner = this.fixtures.member("owner");
		return token(this.fixtures.organisation(name, type, owner), owner);
	}

	public static RequestPostProcessor bearer(String token) {
		return (request) -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		};
	}

	public static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	/** A fixed-price, remote request as a client's system would post it. */
	public static String requestBody(String title, LocalDate deadline, UUID skill) {
		return """
				{"title": "%s", "description": "観光案内の文章を作る作業です。資料はこちらでお渡しします。",
				 "category": "WRITING", "pricing": "FIXED", "budget": 40000, "deadline": "%s",
				 "remote": true, "skills": ["%s"]}
				""".formatted(title, deadline, skill);
	}

	/** A value of the JSON answer. */
	public static <T> T read(ResultActions result, String path) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), path);
	}

	public static List<String> ids(ResultActions result, String path) throws Exception {
		return read(result, path);
	}

	/**
	 * The terms a client accepts a proposal with: delivery and payment so many days from
	 * today, inspection five days after delivery, milestones of the given amounts due on
	 * delivery.
	 */
	public static String acceptTerms(WorkParties parties, long remuneration, int deliveryDays, int paymentDays,
			List<Long> milestones) {
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < milestones.size(); i++) {
			rows.append((i > 0) ? ", " : "")
				.append("{\"title\": \"納品物 %d\", \"amount\": %d, \"dueDate\": \"%s\"}".formatted(i + 1,
						milestones.get(i), parties.today().plusDays(deliveryDays)));
		}
		return """
				{"workDescription": "依頼のページに書いた作業の一式", "deliveryDate": "%s",
				 "deliveryMethod": "Musubiの契約ページにファイルをアップロード", "remuneration": %d,
				 "paymentDate": "%s", "inspectionDate": "%s", "milestones": [%s]}
				""".formatted(parties.today().plusDays(deliveryDays), remuneration,
				parties.today().plusDays(paymentDays), parties.today().plusDays(deliveryDays + 5), rows);
	}

}
