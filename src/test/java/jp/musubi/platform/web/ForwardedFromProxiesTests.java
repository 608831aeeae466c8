package jp.musubi.platform.web;

import java.util.List;

import jakarta.servlet.ServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's address as the sign-in throttle counts it: what the trusted proxies wrote,
 * never what a client wrote to the left of them.
 */
class ForwardedFromProxiesTests {

	private final ForwardedFromProxies filter = new ForwardedFromProxies(List.of("10.0.0.0/8", "192.0.2.1"));

	@Test
	void theClientIsTheRightmostAddressThatIsNoProxy() throws Exception {
		MockHttpServletRequest request = from("10.0.0.5");
		request.addHeader("X-Forwarded-For", "198.51.100.66, 203.0.113.7, 192.0.2.1");
		assertThat(seen(request).getRemoteAddr()).isEqualTo("203.0.113.7");
	}

	@Test
	void aClientCannotClaimAnAddressThroughAnUntrustedHop() throws Exception {
		MockHttpServletRequest request = from("203.0.113.7");
		request.addHeader("X-Forwarded-For", "198.51.100.66");
		request.addHeader("X-Forwarded-Proto", "https");
		ServletRequest seen = seen(request);
		assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.7");
		assertThat(seen.isSecure()).isFalse();
	}

	@Test
	void garbageInTheHeaderIsNoAddress() throws Exception {
		MockHttpServletRequest request = from("10.0.0.5");
		request.addHeader("X-Forwarded-For", "unknown, 203.0.113.7");
		assertThat(seen(request).getRemoteAddr()).isEqualTo("203.0.113.7");
		MockHttpServletRequest forged = from("10.0.0.5");
		forged.addHeader("X-Forwarded-For", "203.0.113.7, not-an-address");
		assertThat(seen(forged).getRemoteAddr()).isEqualTo("10.0.0.5");
	}

	private ServletRequest seen(MockHttpServletRequest request) throws Exception {
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, new MockHttpServletResponse(), chain);
		return chain.getRequest();
	}

	private static MockHttpServletRequest from(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setRemoteAddr(address);
		return request;
	}

}
