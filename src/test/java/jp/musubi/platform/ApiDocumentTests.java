package jp.musubi.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import jp.musubi.support.MusubiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The OpenAPI document a partner's developer writes against: every operation says which
 * refusals it gives and in what shape, as a linter such as Redocly's asks.
 */
@MusubiTest
class ApiDocumentTests {

	@Autowired
	MockMvc mvc;

	@Test
	void everyOperationDeclaresItsRefusalsAsProblemJson() throws Exception {
		String document = this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(document, "$.paths");
		List<String> missing = new ArrayList<>();
		int operations = 0;
		for (var path : paths.entrySet()) {
			for (var operation : path.getValue().entrySet()) {
				if (!List.of("get", "post", "put", "patch", "delete").contains(operation.getKey())) {
					continue;
				}
				operations++;
				@SuppressWarnings("unchecked")
				Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.getValue()
					.get("responses");
				for (String status : List.of("400", "401", "403", "500")) {
					Map<String, Object> response = responses.get(status);
					if (response == null
							|| !String.valueOf(response.get("content")).contains("application/problem+json")) {
						missing.add(operation.getKey().toUpperCase() + " " + path.getKey() + " " + status);
					}
				}
				if (path.getKey().contains("{") && !responses.containsKey("404")) {
					missing.add(operation.getKey().toUpperCase() + " " + path.getKey() + " 404");
				}
			}
		}
		assertThat(operations).isGreaterThan(70);
		assertThat(missing).isEmpty();
		assertThat((Map<String, Object>) JsonPath.read(document, "$.components.schemas.Problem.properties"))
			.containsKeys("detail", "messageKey", "errors", "reference");
	}

	@Test
	void onlyTheOperationsOpenToAnyoneSayTheyNeedNoCredentials() throws Exception {
		String document = this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(document, "$.paths");
		List<String> open = new ArrayList<>();
		paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
			if (operation.get("security") instanceof List<?> security && security.isEmpty()) {
				open.add(method.toUpperCase() + " " + path);
			}
		}));
		assertThat(open).containsExactlyInAnyOrder("GET /api/v1/work/requests", "GET /api/v1/work/requests/{id}",
				"GET /api/v1/tourism/programmes", "GET /api/v1/tourism/programmes/{id}",
				"GET /api/v1/shop/storefronts/{producerId}", "GET /api/v1/shop/products",
				"GET /api/v1/shop/products/{id}", "POST /api/v1/shop/quotes", "POST /api/v1/shop/orders",
				"GET /api/v1/shop/orders/{id}", "POST /api/v1/payments/webhooks/{provider}");
		assertThat((List<?>) JsonPath.read(document, "$.security")).isNotEmpty();
	}

}
