package jp.musubi.work.api;

import jp.musubi.support.MusubiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

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

}
