package jp.musubi.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Writes the links a page makes to static files (styles, scripts, images, WebJars) as the
 * resource chain resolves them, a WebJar's path without version becoming its path with
 * one, and resolves each such path once for the life of the application. Spring's own
 * {@link ResourceUrlEncodingFilter}, which this one replaces, asks the chain for every
 * link a page writes, links to pages included, and caches only what it found: each link
 * to a page probed the class path on every request, which was 79 % of the home page's CPU
 * under load (issue 11). Links outside the static folders are written as they are,
 * without asking.
 */
class StaticLinks extends ResourceUrlEncodingFilter {

	/**
	 * Where static files are served from (SecurityConfiguration lets everyone read them).
	 */
	static final List<String> FOLDERS = List.of("/css/", "/js/", "/images/", "/webjars/");

	/**
	 * Paths come from the templates, a few dozen; the bound only keeps a link built from
	 * input from growing the map.
	 */
	private static final int MOST_PATHS = 2_000;

	private static final String KEEP_A_YEAR = "public, max-age=31536000, immutable";

	private static final Pattern VERSIONED_WEBJAR = Pattern.compile("/webjars/[^/]+/\\d+(\\.[0-9A-Za-z-]+)*/.+");

	private static final Pattern HASHED_NAME = Pattern.compile("/(css|js)/.+-[0-9a-f]{32}\\.(css|js)");

	private final ResourceUrlProvider resources;

	private final Map<String, String> resolved = new ConcurrentHashMap<>();

	StaticLinks(ResourceUrlProvider resources) {
		this.resources = resources;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
			if (isVersioned(http.getRequestURI().substring(http.getContextPath().length()))) {
				// Set before the security headers are written, which then leave it.
				answer.setHeader(HttpHeaders.CACHE_CONTROL, KEEP_A_YEAR);
			}
			chain.doFilter(request, new Links(http.getContextPath(), answer));
		}
		else {
			chain.doFilter(request, response);
		}
	}

	/**
	 * Whether the path names a file by its version (a WebJar's version, or the hash of
	 * its content in its name), which never changes under that name.
	 */
	static boolean isVersioned(String path) {
		return VERSIONED_WEBJAR.matcher(path).matches() || HASHED_NAME.matcher(path).matches();
	}

	/** The link to write for a path under the context: resolved once if static. */
	String link(String path) {
		if (FOLDERS.stream().noneMatch(path::startsWith) || path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
			return path;
		}
		String known = this.resolved.get(path);
		if (known != null) {
			return known;
		}
		String found = this.resources.getForLookupPath(path);
		String link = (found != null) ? found : path;
		if (this.resolved.size() < MOST_PATHS) {
			this.resolved.put(path, link);
		}
		return link;
	}

	private final class Links extends HttpServletResponseWrapper {

		private final String contextPath;

		Links(String contextPath, HttpServletResponse response) {
			super(response);
			this.contextPath = contextPath;
		}

		@Override
		public String encodeURL(String url) {
			if (url.startsWith(this.contextPath + "/")) {
				return super.encodeURL(this.contextPath + link(url.substring(this.contextPath.length())));
			}
			return super.encodeURL(url);
		}

	}

}
