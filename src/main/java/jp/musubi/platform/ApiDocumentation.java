package jp.musubi.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The description of {@code /api/v1} that springdoc serves at {@code /v3/api-docs} and
 * shows in Swagger UI. Partner systems call it with an organisation's token; a browser
 * that is signed in may call it with its session.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI musubiApi() {
		return new OpenAPI()
			.info(new Info().title("Musubi API")
				.version("v1")
				.description("The regional platform's JSON API. Authenticate with an organisation's API token "
						+ "(Authorization: Bearer msb_...), created by the organisation's owner on its page, "
						+ "or with a signed-in browser session."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("opaque")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
