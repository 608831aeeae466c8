package jp.musubi.platform.web;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where people reach Musubi and through what: the public address (links in mails, and
 * whether cookies may travel only over TLS) and the reverse proxies whose
 * {@code X-Forwarded-*} headers are believed. A header from anyone else could claim any
 * client address (and so escape the sign-in throttle) or claim TLS, so it is removed.
 */
@ConfigurationProperties("musubi")
public record PublicAddress(URI baseUrl, @DefaultValue( {
		"127.0.0.1", "::1" }) List<String> trustedProxies){

	/**
	 * The public address without a trailing slash, for absolute links: the address and a
	 * path starting with a slash.
	 */
	public String base() {
		String base = String.valueOf(this.baseUrl);
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/** Whether people reach Musubi over https: cookies are then sent over TLS only. */
	public boolean isHttps() {
		return this.baseUrl != null && "https".equalsIgnoreCase(this.baseUrl.getScheme());
	}

}
