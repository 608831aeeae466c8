package jp.musubi;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The domain refuses in its own words ({@code platform.refusal}) and never in HTTP's: no
 * service, aggregate or rule throws a {@code ResponseStatusException} or takes an
 * uploaded part, so the same service answers a page, the API and a job alike (issue 12,
 * point 3). The edge is what is in a {@code web} or {@code api} package or is a
 * controller or its advice; moving every controller under {@code web} (point 1) will
 * narrow it to the packages alone.
 */
class DomainWithoutHttpTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("jp.musubi");

	@Test
	void theDomainThrowsNoHttpStatusAndTakesNoUploadedPart() {
		ArchRule rule = noClasses().that()
			.resideOutsideOfPackages("..web..", "..api..")
			.and()
			.areNotAnnotatedWith(Controller.class)
			.and()
			.areNotAnnotatedWith(RestController.class)
			.and()
			.areNotAnnotatedWith(ControllerAdvice.class)
			.and()
			.areNotAnnotatedWith(RestControllerAdvice.class)
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.web.server.ResponseStatusException")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.web.multipart.MultipartFile");
		rule.check(MAIN);
	}

}
