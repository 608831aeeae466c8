package jp.musubi.platform.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.ForwardedHeaderFilter;

/**
 * Believes {@code X-Forwarded-Proto}, {@code -Host}, {@code -Port}, {@code -For} and
 * {@code Forwarded} only from the configured reverse proxies (addresses or CIDR ranges)
 * and removes them from anyone else's requests. The client's address is the rightmost
 * {@code X-Forwarded-For} entry that is not one of those proxies: entries further left
 * were written by the client and prove nothing, and the sign-in throttle counts by this
 * address.
 */
class ForwardedFromProxies implements Filter {

	private static final Pattern ADDRESS = Pattern.compile("[0-9.]{7,15}|[0-9a-fA-F:]{2,39}");

	private final List<IpAddressMatcher> proxies;

	private final ForwardedHeaderFilter believe = new ForwardedHeaderFilter();

	private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

	ForwardedFromProxies(List<String> proxies) {
		this.proxies = proxies.stream()
			.map(String::strip)
			.filter((proxy) -> !proxy.isEmpty())
			.map(IpAddressMatcher::new)
			.toList();
		this.remove.setRemoveOnly(true);
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest http = (HttpServletRequest) request;
		if (!isProxy(http.getRemoteAddr())) {
			this.remove.doFilter(request, response, chain);
			return;
		}
		String client = client(http);
		this.believe.doFilter(request, response,
				(forwarded, answer) -> chain.doFilter(new FromClient((HttpServletRequest) forwarded, client), answer));
	}

	private String client(HttpServletRequest request) {
		List<String> hops = new ArrayList<>();
		for (Enumeration<String> headers = request.getHeaders("X-Forwarded-For"); headers.hasMoreElements();) {
			for (String hop : headers.nextElement().split(",")) {
				if (!hop.isBlank()) {
					hops.add(hop.strip());
				}
			}
		}
		Collections.reverse(hops);
		for (String hop : hops) {
			if (!isProxy(hop)) {
				// What our proxy wrote is an address; anything else it passed on from
				// further left proves nothing, so the proxy itself is all that is known.
				return ADDRESS.matcher(hop).matches() ? hop : request.getRemoteAddr();
			}
		}
		return hops.isEmpty() ? request.getRemoteAddr() : hops.get(hops.size() - 1);
	}

	private boolean isProxy(String address) {
		try {
			return this.proxies.stream().anyMatch((proxy) -> proxy.matches(address));
		}
		catch (IllegalArgumentException ex) {
			// Not an address at all (a forged header's "unknown" or garbage).
			return false;
		}
	}

	/** The request as the client sent it to the proxy, with the client's own address. */
	private static final class FromClient extends HttpServletRequestWrapper {

		private final String client;

		FromClient(HttpServletRequest request, String client) {
			super(request);
			this.client = client;
		}

		@Override
		public String getRemoteAddr() {
			return this.client;
		}

		@Override
		public String getRemoteHost() {
			return this.client;
		}

	}

}
