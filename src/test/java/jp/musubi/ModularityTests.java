package jp.musubi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.util.ApplicationModulesExporter;
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

	/**
	 * The modules as the application reads them at start (for each module's migrations,
	 * in dependency order) instead of scanning every class with ArchUnit, which took
	 * seconds of every start (issue 11). Spring Modulith writes the same file in AOT
	 * processing; Musubi keeps it with the sources, and this test keeps it true.
	 */
	@Test
	void theModulesFileReadAtStartIsTheModulesOfTheCode() throws IOException {
		String computed = new ApplicationModulesExporter(this.modules).toJson();
		Path generated = Path.of("target/application-modules.json");
		Files.writeString(generated, computed);
		String kept = Files.readString(Path.of("src/main/resources/META-INF/spring-modulith/application-modules.json"),
				StandardCharsets.UTF_8);
		// What the runtime reads of it: the modules in order, and their initializers.
		JsonMapper json = JsonMapper.shared();
		assertThat(json.readTree(kept).propertyNames())
			.as("copy %s over src/main/resources/META-INF/spring-modulith/application-modules.json", generated)
			.containsExactlyElementsOf(json.readTree(computed).propertyNames());
		assertThat(json.readTree(kept).findValues("initializers"))
			.isEqualTo(json.readTree(computed).findValues("initializers"));
	}

	@Test
	void writesTheModuleDocumentation() throws IOException {
		Path folder = Path.of("target", "spring-modulith-docs");
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeDocumentation();
		this.modules.forEach((module) -> {
			Path page = folder.resolve("module-" + module.getIdentifier() + ".adoc");
			assertThat(page).as("the page of module %s", module.getIdentifier()).exists();
			try {
				assertThat(Files.readString(page, StandardCharsets.UTF_8)).contains(module.getBasePackage().getName());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

}
