package jp.musubi.work;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jp.musubi.support.Fixtures;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import jp.musubi.work.WorkParties;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static jp.musubi.work.ApiCallers.acceptTerms;
import static jp.musubi.work.ApiCallers.ids;
import static jp.musubi.work.ApiCallers.json;
import static jp.musubi.work.ApiCallers.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole work exchange through /api/v1 alone, as a partner's systems and the people
 * behind them would go through it: no page is opened from the first profile to the last
 * review.
 */
@MusubiTest
class WorkFlowApiTests {

	static final UUID LOGO_DESIGN = UUID.fromString("1d5ac21e-5c60-5892-91ec-1e1ebcc10346");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MovableClock clock;

	@Test
	void aDesignJobGoesFromTheMembersProfileToBothReviewsThroughTheApiAlone() throws Exception {
		WorkParties parties = new WorkParties(this.mvc, this.fixtures, this.clock);
		RequestPostProcessor member = this.fixtures.signedIn(parties.member);
		RequestPostProcessor client = this.fixtures.signedIn(parties.client);
		RequestPostProcessor agent = this.fixtures.signedIn(parties.agent);

		this.mvc.perform(json(put("/api/v1/work/profile"), """
				{"introduction": "ロゴとチラシのデザインを10年しています。", "hoursPerWeek": 30, "prefecture": "07",
				 "links": ["https://example.jp/works"], "registrationNumber": "T7000012050002"}
				""").with(csrf()).with(member))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.registrationNumber").value("T7000012050002"))
			.andExpect(jsonPath("$.prefectureText").value("福島県"));
		this.mvc
			.perform(json(put("/api/v1/work/profile/skills/{id}", LOGO_DESIGN), "{\"level\": 5, \"years\": 10}")
				.with(csrf())
				.with(member))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.skills[0].name").value("ロゴデザイン"))
			.andExpect(jsonPath("$.skills[0].levelText").value("専門家"));

		String title = "こけし工房のロゴデザイン";
		String requestId = read(this.mvc.perform(json(post("/api/v1/work/requests"), """
				{"title": "%s", "description": "こけし工房の新しいロゴを作っていただきます。", "category": "DESIGN",
				 "budget": 50000, "deadline": "%s", "skills": ["%s"]}
				""".formatted(title, parties.today().plusDays(30), LOGO_DESIGN)).with(csrf()).with(client))
			.andExpect(status().isCreated()), "$.id");
		assertThat(ids(this.mvc.perform(get("/api/v1/work/review").param("size", "100").with(agent)), "$.items[*].id"))
			.contains(requestId);
		this.mvc.perform(post("/api/v1/work/requests/{id}/publish", requestId).with(csrf()).with(agent))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		assertThat(
				ids(this.mvc.perform(get("/api/v1/work/requests").param("q", "こけし工房").with(member)), "$.items[*].id"))
			.contains(requestId);
		this.mvc.perform(get("/api/v1/work/requests/{id}/recommended-members", requestId).with(client))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.member.id == '%s')].reasons[*].messageKey", parties.member.id())
				.value(hasItems("work.match.skill", "work.match.hours")))
			.andExpect(jsonPath("$[?(@.member.id == '%s')].reasons[*].text", parties.member.id())
				.value(hasItem("スキル「ロゴデザイン」（レベル5）")));

		this.mvc
			.perform(json(post("/api/v1/work/requests/{id}/messages", requestId), "{\"body\": \"ロゴの色の希望はありますか。\"}")
				.with(csrf())
				.with(member))
			.andExpect(status().isCreated());
		assertUnread(client, 1);
		this.mvc.perform(get("/api/v1/work/messages").with(client))
			.andExpect(jsonPath("$.items[0].title").value(title))
			.andExpect(jsonPath("$.items[0].unread").value(1));
		this.mvc.perform(get("/api/v1/work/requests/{id}/messages", requestId).with(client))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].body").value("ロゴの色の希望はありますか。"));
		assertUnread(client, 0);

		String proposalId = read(this.mvc.perform(json(post("/api/v1/work/requests/{id}/proposals", requestId), """
				{"message": "こけしの素朴さを生かしたロゴをご提案します。", "price": 50000, "deliveryDate": "%s"}
				""".formatted(parties.today().plusDays(20))).with(csrf()).with(member)).andExpect(status().isCreated()),
				"$.id");
		this.mvc.perform(get("/api/v1/work/requests/{id}/proposals", requestId).with(client))
			.andExpect(jsonPath("$[0].memberName").value("山田 花子"));
		this.mvc.perform(post("/api/v1/work/proposals/{id}/shortlist", proposalId).with(csrf()).with(client))
			.andExpect(jsonPath("$.status").value("SHORTLISTED"));
		ResultActions accepted = this.mvc
			.perform(json(post("/api/v1/work/proposals/{id}/accept", proposalId),
					acceptTerms(parties, 50_000, 20, 50, List.of(50_000L)))
				.with(csrf())
				.with(client))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.terms.remuneration").value(50000))
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		String contractId = read(accepted, "$.id");
		String milestoneId = read(accepted, "$.milestones[0].id");

		MvcResult terms = this.mvc.perform(get("/api/v1/work/contracts/{id}/terms.pdf", contractId).with(member))
			.andExpect(content().contentType("application/pdf"))
			.andReturn();
		assertThat(WorkParties.pdfText(terms.getResponse().getContentAsByteArray())).contains("取引条件明示書", title);

		byte[] logo = "こけしのロゴ案（3案）です。".getBytes(StandardCharsets.UTF_8);
		String deliverableId = read(this.mvc
			.perform(multipart("/api/v1/work/contracts/{id}/milestones/{mid}/deliverables", contractId, milestoneId)
				.file(new MockMultipartFile("file", "ロゴ案.txt", "text/plain", logo))
				.param("note", "ご確認ください")
				.with(csrf())
				.with(member))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("text/plain")), "$.id");
		this.mvc.perform(get("/api/v1/work/contracts/{id}/deliverables/{did}", contractId, deliverableId).with(client))
			.andExpect(header().string("Content-Disposition", startsWith("attachment")))
			.andExpect(content().bytes(logo));
		String invoiceId = read(this.mvc
			.perform(post("/api/v1/work/contracts/{id}/milestones/{mid}/accept", contractId, milestoneId).with(csrf())
				.with(client))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.milestone.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.contractStatus").value("COMPLETED")), "$.invoice.id");

		this.mvc.perform(get("/api/v1/work/invoices/{id}", invoiceId).with(client))
			.andExpect(jsonPath("$.qualified").value(true))
			.andExpect(jsonPath("$.registrationNumber").value("T7000012050002"))
			.andExpect(jsonPath("$.subtotal").value(50000))
			.andExpect(jsonPath("$.consumptionTax").value(5000))
			.andExpect(jsonPath("$.withholdingApplies").value(true))
			.andExpect(jsonPath("$.withholding").value(5105))
			.andExpect(jsonPath("$.netPayment").value(49895))
			.andExpect(jsonPath("$.status").value("OPEN"));
		MvcResult invoicePdf = this.mvc.perform(get("/api/v1/work/invoices/{id}.pdf", invoiceId).with(member))
			.andExpect(content().contentType("application/pdf"))
			.andReturn();
		assertThat(WorkParties.pdfText(invoicePdf.getResponse().getContentAsByteArray())).contains("T7000012050002");

		this.mvc
			.perform(json(post("/api/v1/work/invoices/{id}/payments", invoiceId),
					"{\"paidOn\": \"%s\", \"amount\": 49895}".formatted(parties.today()))
				.with(csrf())
				.with(agent))
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/work/invoices/{id}", invoiceId).with(member))
			.andExpect(jsonPath("$.status").value("SETTLED"))
			.andExpect(jsonPath("$.statusText").value("入金済み"))
			.andExpect(jsonPath("$.open").value(0));

		this.mvc
			.perform(json(post("/api/v1/work/contracts/{id}/messages", contractId), "{\"body\": \"ありがとうございました。\"}")
				.with(csrf())
				.with(client))
			.andExpect(status().isCreated());
		assertUnread(member, 1);
		this.mvc.perform(get("/api/v1/work/contracts/{id}/messages", contractId).with(member))
			.andExpect(jsonPath("$[0].authorName").value("山田 発注者"));
		assertUnread(member, 0);

		this.mvc
			.perform(json(post("/api/v1/work/contracts/{id}/reviews", contractId),
					"{\"rating\": 5, \"comment\": \"素敵なロゴでした。\"}")
				.with(csrf())
				.with(client))
			.andExpect(status().isCreated());
		this.mvc
			.perform(json(post("/api/v1/work/contracts/{id}/reviews", contractId), "{\"rating\": 4}").with(csrf())
				.with(member))
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/work/members/{id}", parties.member.id()).with(client))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.member.rating").value(5.0))
			.andExpect(jsonPath("$.member.finishedContracts").value(1))
			.andExpect(jsonPath("$.reviews.items[0].comment").value("素敵なロゴでした。"));
	}

	private void assertUnread(RequestPostProcessor who, int count) throws Exception {
		this.mvc.perform(get("/api/v1/work/messages/unread").with(who)).andExpect(jsonPath("$.count").value(count));
	}

}
