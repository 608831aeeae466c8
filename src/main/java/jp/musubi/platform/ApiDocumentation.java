package jp.musubi.platform;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * The description of {@code /api/v1} that springdoc serves at {@code /v3/api-docs} and
 * shows in Swagger UI. Partner systems call it with an organisation's token; a browser
 * that is signed in may call it with its session. Every operation declares the refusals a
 * caller can meet, all in one shape ({@code application/problem+json}, the detail in the
 * {@code Accept-Language} asked for), so that a partner's program is written against them
 * rather than discovering them.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	private static final String PROBLEM = "Problem";

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("api-documentation",
			"anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	@Bean
	OpenAPI musubiApi() {
		return new OpenAPI()
			.info(new Info().title("Musubi API")
				.version("v1")
				.description("The regional platform's JSON API. Authenticate with an organisation's API token "
						+ "(Authorization: Bearer msb_...), created by the organisation's owner on its page, "
						+ "or with a signed-in browser session. Every refusal is application/problem+json with "
						+ "`detail` in the language asked for with Accept-Language (ja, en, ko, zh-CN), a "
						+ "`messageKey` for programs and, for input, `errors` per field."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("opaque")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

	/**
	 * Adds to each operation the refusals it can give that it does not describe itself:
	 * 400, 401, 403, 429 and 500 everywhere; 404 where the address names something; 409
	 * and 413 where something is sent to change.
	 */
	@Bean
	OpenApiCustomizer problemResponses(ObjectProvider<WebInvocationPrivilegeEvaluator> access) {
		return (api) -> {
			if (api.getPaths() == null) {
				return;
			}
			if (api.getComponents() == null) {
				api.setComponents(new Components());
			}
			api.getComponents().addSchemas(PROBLEM, problem());
			api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				boolean names = path.contains("{");
				boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
				if (isOpenToAnyone(access.getIfAvailable(), method, path)) {
					operation.setSecurity(List.of());
				}
				declare(operation, "400", "The request is not correct: a parameter or a field of the body "
						+ "(each in `errors`), or a body that is not JSON.");
				declare(operation, "401", "No credentials, or an unknown or revoked token.");
				declare(operation, "403",
						"The caller may not do this (another organisation's data, or something only a person "
								+ "signed in can do).");
				if (names) {
					declare(operation, "404", "Nothing is there, or the caller may not know it is.");
				}
				if (changes) {
					declare(operation, "409", "The thing has moved on meanwhile (someone else acted first).");
					declare(operation, "413", "The body is larger than this operation takes.");
				}
				declare(operation, "429", "Too many requests; retry later.");
				declare(operation, "500", "A fault on the server, logged under the `reference` given.");
			}));
		};
	}

	/**
	 * Whether the access rules let a caller without credentials call it: the document
	 * says so from the rules themselves ({@code security: []}), so that it cannot claim a
	 * token is needed where none is, or the reverse.
	 */
	private static boolean isOpenToAnyone(WebInvocationPrivilegeEvaluator access, PathItem.HttpMethod method,
			String path) {
		if (access == null) {
			return false;
		}
		String example = path.replaceAll("\\{[^}]+}", "00000000-0000-4000-8000-000000000000");
		return access.isAllowed("", example, method.name(), ANONYMOUS);
	}

	private static void declare(Operation operation, String status, String description) {
		ApiResponses responses = operation.getResponses();
		if (responses == null) {
			responses = new ApiResponses();
			operation.setResponses(responses);
		}
		ApiResponse response = responses.get(status);
		if (response == null) {
			response = new ApiResponse().description(description);
			responses.addApiResponse(status, response);
		}
		if (response.getContent() == null || !response.getContent().containsKey(PROBLEM_JSON)) {
			Content content = (response.getContent() != null) ? response.getContent() : new Content();
			content.addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM)));
			response.setContent(content);
		}
	}

	@SuppressWarnings("rawtypes")
	private static Schema problem() {
		ObjectSchema error = new ObjectSchema();
		error.setProperties(Map.of("field", new StringSchema().description("The field as the caller named it"),
				"messageKey", new StringSchema(), "message", new StringSchema().description("In the language asked")));
		ObjectSchema problem = new ObjectSchema();
		problem.description("RFC 9457 problem details, in the language of Accept-Language");
		problem.setProperties(Map.of("type", new StringSchema(), "title", new StringSchema(), "status",
				new IntegerSchema(), "detail", new StringSchema(), "instance", new StringSchema(), "messageKey",
				new StringSchema().description("What a program can act on"), "errors",
				new ArraySchema().items(error).description("The fields refused, for 400"), "reference",
				new StringSchema().description("For 500: the reference under which the fault was logged")));
		return problem;
	}

}
