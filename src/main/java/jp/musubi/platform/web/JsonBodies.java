package jp.musubi.platform.web;

import com.fasterxml.jackson.annotation.Nulls;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How JSON bodies are read everywhere: a {@code null} inside a list or a map
 * ({@code "links": [null]}, {@code "texts": {"ja": null}}) is refused as unreadable, a
 * 400 naming the field, instead of reaching the domain as a hole no rule expects. A
 * missing or {@code null} field itself stays what the body's record says it is.
 */
@Configuration(proxyBeanMethods = false)
class JsonBodies {

	@Bean
	JsonMapperBuilderCustomizer noNullsInsideCollections() {
		return (builder) -> builder.changeDefaultNullHandling((handling) -> handling.withContentNulls(Nulls.FAIL));
	}

}
