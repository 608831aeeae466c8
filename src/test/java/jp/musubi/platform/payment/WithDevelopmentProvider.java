package jp.musubi.platform.payment;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jp.musubi.support.MusubiTest;

import org.springframework.test.context.TestPropertySource;

/**
 * The whole application with the development provider switched on and its webhook secret
 * known to the test, so a test can sign webhooks as the provider does. Every test class
 * with it shares one application context.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@MusubiTest
@TestPropertySource(properties = { "musubi.payments.provider=development",
		"musubi.payments.development.webhook-secret=" + WithDevelopmentProvider.SECRET })
public @interface WithDevelopmentProvider {

	String SECRET = "whsec_musubi_tests";

}
