package jp.musubi;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * HTTP is spoken at the edge alone: a feature's {@code web} package (its pages, API,
 * forms and bodies) and {@code platform.web}, which every module's edge shares. No
 * aggregate, service, job or listener imports Spring MVC, Spring's HTTP types or the
 * servlet API, so the same service answers a page, the API and a job alike, and refuses
 * in its own words ({@code platform.refusal}) rather than with a status (issue 12, points
 * 3 and 5). {@code platform.security} is the one exception: Spring Security's filter
 * chain is the edge itself.
 */
class DomainWithoutHttpTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("jp.musubi");

	@Test
	void onlyTheWebPackagesSpeakHttp() {
		ArchRule rule = noClasses().that()
			.resideOutsideOfPackages("..web..", "jp.musubi.platform.security..")
			// The adapter that calls a payment provider's API is an edge too, the
			// outgoing
			// one: HTTP is what it is for, and nothing calls it but the Payments service.
			.and()
			.doNotHaveFullyQualifiedName("jp.musubi.platform.payment.StripeStyleProvider")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "org.springframework.http..", "jakarta.servlet..")
			.because("a domain that knows HTTP cannot be called from a job, a listener or the other edge");
		rule.check(MAIN);
	}

	@Test
	void noModuleKeepsACatchAllEdgeAtItsRoot() {
		ArchRule rule = noClasses().should()
			.resideInAnyPackage("jp.musubi.accounts.web..", "jp.musubi.accounts.api..", "jp.musubi.work.web..",
					"jp.musubi.work.api..", "jp.musubi.tourism.web..", "jp.musubi.tourism.api..",
					"jp.musubi.tourism.reservation..", "jp.musubi.broadcast.web..", "jp.musubi.insight.web..")
			.because("each feature keeps its pages and API in its own web package (README, Code)");
		rule.check(MAIN);
	}

}
