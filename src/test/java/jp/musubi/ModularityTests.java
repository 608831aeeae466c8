package jp.musubi;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries of ARCHITECTURE.md hold: no module reaches into another's
 * internals, no cycles. The module map and each module's canvas are written under
 * target/spring-modulith-docs.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(MusubiApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void theFoundationModulesExist() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).contains("platform",
				"accounts", "insight");
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
	}

}
