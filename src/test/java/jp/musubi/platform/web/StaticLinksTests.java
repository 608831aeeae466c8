package jp.musubi.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resource chain is asked once per static path, and never about a link to a page:
 * each question was a look through the class path.
 */
class StaticLinksTests {

	@Test
	void aStaticPathIsResolvedOnceAndALinkToAPageNever() {
		List<String> asked = new ArrayList<>();
		ResourceHttpRequestHandler files = new ResourceHttpRequestHandler();
		files.setResourceResolvers(List.of(new AbstractResourceResolver() {

			@Override
			protected Resource resolveResourceInternal(HttpServletRequest request, String path,
					List<? extends Resource> locations, ResourceResolverChain chain) {
				return null;
			}

			@Override
			protected String resolveUrlPathInternal(String path, List<? extends Resource> locations,
					ResourceResolverChain chain) {
				asked.add(path);
				return path.startsWith("htmx.org/") ? "htmx.org/2.0.4/dist/htmx.min.js" : null;
			}

		}));
		ResourceUrlProvider provider = new ResourceUrlProvider();
		// As Boot maps static files: everything, besides WebJars.
		provider.setHandlerMap(Map.of("/webjars/**", files, "/**", files));
		StaticLinks links = new StaticLinks(provider);

		for (int request = 0; request < 100; request++) {
			assertThat(links.link("/webjars/htmx.org/dist/htmx.min.js"))
				.isEqualTo("/webjars/htmx.org/2.0.4/dist/htmx.min.js");
			assertThat(links.link("/css/none.css")).isEqualTo("/css/none.css");
			assertThat(links.link("/work/requests")).isEqualTo("/work/requests");
			assertThat(links.link("/js/header.js?v=1")).isEqualTo("/js/header.js?v=1");
		}

		assertThat(asked).containsExactly("htmx.org/dist/htmx.min.js", "css/none.css");
	}

}
