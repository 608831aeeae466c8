package jp.musubi.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import jp.musubi.MusubiApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * What the Java side of every benchmark needs: its settings from the environment that its
 * script in {@code bench/} sets (see {@code bench/database.sh}), Musubi started on the
 * bench's own database without demo data, and lines printed as they come.
 */
public final class Bench {

	private Bench() {
	}

	/**
	 * Starts Musubi on the bench's database, its log in the bench's folder.
	 * @param script the script that sets the environment, named when it is missing
	 * @param properties more properties, as {@code --name=value}
	 */
	public static ConfigurableApplicationContext start(String script, String... properties) {
		String dataDir = required("BENCH_DATA_DIR", script);
		SpringApplication application = new SpringApplication(MusubiApplication.class);
		application.addInitializers((context) -> context.getBeanFactory()
			.registerSingleton("benchLeavesOutTestClasses", new LeaveOutTestClasses()));
		String[] common = { "--spring.datasource.url=" + required("BENCH_DB_URL", script),
				"--spring.datasource.username=" + env("PGUSER", "postgres"),
				"--spring.datasource.password=" + env("PGPASSWORD", ""), "--musubi.demo.enabled=false",
				"--musubi.data-dir=" + dataDir, "--server.port=0", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN", "--logging.file.name=" + Path.of(dataDir, "musubi.log"),
				"--logging.threshold.console=OFF" };
		String[] all = new String[common.length + properties.length];
		System.arraycopy(common, 0, all, 0, common.length);
		System.arraycopy(properties, 0, all, common.length, properties.length);
		return application.run(all);
	}

	/** The bench's folder: Musubi's log, and whatever else the bench keeps there. */
	public static Path dataDir(String script) {
		return Path.of(required("BENCH_DATA_DIR", script));
	}

	public static int setting(String name, int fallback) {
		return Integer.parseInt(env(name, Integer.toString(fallback)));
	}

	public static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

	public static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	/** Prints the line as it is (a line may hold a % sign). */
	public static void say(String line) {
		System.out.println(line);
		System.out.flush();
	}

	public static void say(String format, Object... values) {
		say(String.format(Locale.ROOT, format, values));
	}

	private static String required(String name, String script) {
		String value = System.getenv(name);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(name + " is not set; run " + script);
		}
		return value;
	}

	/**
	 * Leaves the test sources' configuration out of the bench's application (a movable
	 * clock and friends), as {@code @SpringBootTest} does not scan them either.
	 */
	static final class LeaveOutTestClasses extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			try {
				return reader.getResource().getURL().toString().contains("/test-classes/");
			}
			catch (IOException ex) {
				return false;
			}
		}

		@Override
		public boolean equals(Object other) {
			return other != null && other.getClass() == getClass();
		}

		@Override
		public int hashCode() {
			return getClass().hashCode();
		}

	}

}
