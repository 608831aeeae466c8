package jp.musubi.platform.payment;

import java.nio.file.Files;

import jp.musubi.support.MusubiTest;
import jp.musubi.support.TestEnvironment;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application with the development provider switched on and its webhook secret
 * known to the tests, so they can sign webhooks as the provider does. A node of its own,
 * as BehindProxyTests' is: its own database and folders, so that it neither locks the
 * search index of the suite's shared application nor takes its jobs and events. The test
 * classes extending it share it.
 */
@MusubiTest
@Import(HeardPayments.class)
@TestPropertySource(properties = { "musubi.payments.provider=development",
		"musubi.payments.development.webhook-secret=" + DevelopmentProviderNode.SECRET,
		"jobrunr.background-job-server.enabled=false",
		"spring.modulith.events.republish-outstanding-events-on-restart=false" })
abstract class DevelopmentProviderNode {

	static final String SECRET = "whsec_musubi_tests";

	@DynamicPropertySource
	static void ownNode(DynamicPropertyRegistry registry) throws Exception {
		String database = TestEnvironment.freshDatabase("payments");
		String data = Files.createTempDirectory("musubi-payments-").toString();
		registry.add("spring.datasource.url", () -> database);
		registry.add("musubi.data-dir", () -> data);
	}

}
