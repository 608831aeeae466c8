package jp.musubi.work.request.web;

import jp.musubi.support.MusubiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A partner finds every work operation in the API's description, under "work". */
@MusubiTest
class WorkApiDocumentationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void everyWorkOperationIsDocumentedUnderItsTag() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tags[?(@.name == 'work')]").isNotEmpty())
			.andExpect(jsonPath("$.paths['/api/v1/work/requests'].get.tags[0]").value("work"))
			.andExpect(jsonPath("$.paths['/api/v1/work/requests'].get.summary").isNotEmpty())
			.andExpect(jsonPath("$.paths['/api/v1/work/requests'].post.summary").isNotEmpty())
			.andExpect(jsonPath("$.paths['/api/v1/work/requests/{id}'].get.summary").isNotEmpty())
			.andExpect(jsonPath("$.paths['/api/v1/work/requests/mine'].get.summary").isNotEmpty())
			.andExpect(jsonPath("$.paths['/api/v1/work/requests/{id}/proposals'].post.summary").isNotEmpty())
			.andExpect(jsonPath("$.paths['/api/v1/work/contracts'].get.summary").isNotEmpty())
			.andExpect(jsonPath("$.paths['/api/v1/work/contracts/{id}'].get.summary").isNotEmpty())
			.andExpect(jsonPath("$.paths['/api/v1/work/contracts/{id}/hours'].post.summary").isNotEmpty())
			.andExpect(jsonPath("$.paths['/api/v1/work/invoices/{id}'].get.tags[0]").value("work"))
			.andExpect(
					jsonPath("$.paths['/api/v1/work/requests'].get.parameters[?(@.name == 'category')]").isNotEmpty());
	}

	@Test
	void amountsAreDocumentedAsWholeYenThatAlsoComeAsTypedText() throws Exception {
		ResultActions docs = this.mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
		for (String amount : new String[] { "NewProposal.properties.price", "AcceptTerms.properties.remuneration",
				"MilestoneTerms.properties.amount", "NewRequest.properties.budget", "NewPayment.properties.amount" }) {
			docs.andExpect(jsonPath("$.components.schemas.%s.type".formatted(amount)).value("integer"))
				.andExpect(jsonPath("$.components.schemas.%s.description".formatted(amount))
					.value(org.hamcrest.Matchers.containsString("\"12,000\"")));
		}
	}

	@Test
	void everyStepOfTheFlowBeyondSearchingAndProposingIsDocumentedToo() throws Exception {
		ResultActions docs = this.mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
		String[] operations = { "get /api/v1/work/profile", "put /api/v1/work/profile",
				"put /api/v1/work/profile/skills/{skillId}", "delete /api/v1/work/profile/skills/{skillId}",
				"get /api/v1/work/skills", "get /api/v1/work/members/{id}", "get /api/v1/work/members",
				"get /api/v1/work/review", "post /api/v1/work/requests/{id}/publish",
				"post /api/v1/work/requests/{id}/return", "put /api/v1/work/requests/{id}",
				"post /api/v1/work/requests/{id}/withdraw", "get /api/v1/work/requests/{id}/recommended-members",
				"get /api/v1/work/recommended-requests", "get /api/v1/work/requests/{id}/proposals",
				"post /api/v1/work/proposals/{id}/shortlist", "post /api/v1/work/proposals/{id}/withdraw",
				"get /api/v1/work/proposals/mine", "post /api/v1/work/proposals/{id}/accept",
				"get /api/v1/work/contracts/{id}/terms.pdf",
				"post /api/v1/work/contracts/{id}/milestones/{milestoneId}/deliverables",
				"get /api/v1/work/contracts/{id}/deliverables/{deliverableId}",
				"post /api/v1/work/contracts/{id}/milestones/{milestoneId}/accept",
				"post /api/v1/work/contracts/{id}/milestones/{milestoneId}/rework",
				"get /api/v1/work/invoices/{id}.pdf", "get /api/v1/work/payments",
				"post /api/v1/work/invoices/{id}/payments", "post /api/v1/work/contracts/{id}/reviews",
				"get /api/v1/work/messages", "get /api/v1/work/messages/unread",
				"get /api/v1/work/requests/{id}/messages", "post /api/v1/work/requests/{id}/messages",
				"get /api/v1/work/contracts/{id}/messages", "post /api/v1/work/contracts/{id}/messages" };
		for (String operation : operations) {
			String method = operation.substring(0, operation.indexOf(' '));
			String path = operation.substring(operation.indexOf(' ') + 1);
			docs.andExpect(jsonPath("$.paths['%s'].%s.tags[0]".formatted(path, method)).value("work"))
				.andExpect(jsonPath("$.paths['%s'].%s.summary".formatted(path, method)).isNotEmpty());
		}
		docs.andExpect(jsonPath("$.paths['/api/v1/work/payments'].get.parameters[?(@.name == 'show')]").isNotEmpty())
			.andExpect(
					jsonPath("$.paths['/api/v1/work/members'].get.parameters[?(@.name == 'minHours')]").isNotEmpty());
	}

}
