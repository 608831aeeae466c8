package jp.musubi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Prepares what every test run shares, once per test JVM: a fresh PostgreSQL database of
 * its own (so runs never see each other's data, and CI after a session starts clean) and
 * a real SMTP server (GreenMail). Both are handed to Spring as system properties. The
 * database is dropped at the end unless {@code MUSUBI_KEEP_TEST_DB} is set, for looking
 * at it after a failure.
 *
 * <p>
 * The server is found as libpq would: {@code PGHOST}, {@code PGPORT}, {@code PGUSER},
 * {@code PGPASSWORD}, defaulting to the local server with trust authentication.
 */
public class TestEnvironment implements LauncherSessionListener {

	private static GreenMail mail;

	private static String database;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (database != null) {
			return;
		}
		database = "musubi_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
				+ Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36);
		dropLeftovers();
		execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
		System.setProperty("spring.datasource.url", url(database));
		System.setProperty("spring.datasource.username", user());
		System.setProperty("spring.datasource.password", password());

		// Files and the search index of this run, apart from a developer's ./data and
		// from other runs.
		try {
			System.setProperty("musubi.data-dir",
					Files.createTempDirectory("musubi-test-").toAbsolutePath().toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}

		mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		mail.start();
		System.setProperty("spring.mail.host", "127.0.0.1");
		System.setProperty("spring.mail.port", Integer.toString(mail.getSmtp().getPort()));
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (mail != null) {
			mail.stop();
		}
	}

	/** The SMTP server every test's mail goes to. */
	public static GreenMail mail() {
		return mail;
	}

	/** The JDBC address of this run's database. */
	public static String databaseUrl() {
		return url(database);
	}

	/**
	 * A further empty database of this run, for a test that starts its own application
	 * contexts and must not share JobRunr's queue with the cached ones: their job servers
	 * would take its jobs. Dropped with the run's leftovers.
	 */
	public static String freshDatabase(String purpose) {
		String name = database + "_" + purpose;
		execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
		return url(name);
	}

	/**
	 * Earlier runs' databases that no session uses any more; one in use belongs to a run
	 * going on. Only those over an hour old: a run starting beside this one has made its
	 * database but may not have connected to it yet.
	 */
	private static void dropLeftovers() {
		List<String> leftovers = new ArrayList<>();
		try (Connection connection = admin();
				Statement statement = connection.createStatement();
				ResultSet names = statement.executeQuery("""
						SELECT datname FROM pg_database WHERE datname LIKE 'musubi\\_test\\_%'
						AND datname NOT IN (SELECT datname FROM pg_stat_activity WHERE datname IS NOT NULL)""")) {
			LocalDateTime hourAgo = LocalDateTime.now().minusHours(1);
			while (names.next()) {
				String name = names.getString(1);
				if (createdAt(name).map((created) -> created.isBefore(hourAgo)).orElse(true)) {
					leftovers.add(name);
				}
			}
		}
		catch (SQLException ex) {
			throw refused("listing earlier test databases", ex);
		}
		for (String leftover : leftovers) {
			try (Connection connection = admin(); Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + leftover);
			}
			catch (SQLException ex) {
				// Someone connected meanwhile: it is in use after all, and stays.
			}
		}
	}

	private static Optional<LocalDateTime> createdAt(String database) {
		try {
			return Optional
				.of(LocalDateTime.parse(database.substring("musubi_test_".length(), "musubi_test_".length() + 15),
						DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static Connection admin() throws SQLException {
		Properties credentials = new Properties();
		credentials.setProperty("user", user());
		credentials.setProperty("password", password());
		return DriverManager.getConnection(url("postgres"), credentials);
	}

	private static IllegalStateException refused(String what, SQLException ex) {
		return new IllegalStateException("PostgreSQL at " + url("postgres") + " refused " + what
				+ ". Is the server running? (.ci/test-prerequisites starts it)", ex);
	}

	private static void execute(String sql) {
		try (Connection connection = admin(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw refused(sql, ex);
		}
	}

	private static String url(String name) {
		return "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/" + name;
	}

	private static String user() {
		return env("PGUSER", "postgres");
	}

	private static String password() {
		return env("PGPASSWORD", "");
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
