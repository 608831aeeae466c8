package jp.musubi.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed sign-ins are tolerated within the window, per e-mail address and per
 * network address, before sign-in pauses for that address.
 */
@ConfigurationProperties("musubi.sign-in")
record SignInProperties(int maxFailuresPerEmail, int maxFailuresPerAddress, Duration window) {

}
