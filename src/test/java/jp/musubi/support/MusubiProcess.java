package jp.musubi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Musubi as a process of its own, as an operator runs it: a child JVM that can be killed
 * with {@code SIGKILL} at any moment and started again on the same data, or given a small
 * heap. It runs the packaged jar when the build names one (failsafe sets
 * {@code musubi.jar} after {@code package}), and otherwise the test JVM's own classpath,
 * so a test can also be run alone from the IDE or surefire without a stale jar standing
 * in for the code under test.
 *
 * <p>
 * Each process gets a folder under {@code target/musubi-process/} holding its data folder
 * (the embedded H2 database, files, search index) unless another is given, and the output
 * of each start ({@code start-1.log}, {@code start-2.log}, ...). Nothing of the test
 * JVM's settings is passed on: the child starts as the README's command does, with only
 * the settings given here.
 */
public final class MusubiProcess implements AutoCloseable {

	/**
	 * Long enough for a cold start on a loaded two-core CI machine; only a hang reaches
	 * it.
	 */
	private static final Duration STARTUP_LIMIT = Duration.ofMinutes(5);

	private static final Pattern WEB_SERVER_STARTED = Pattern.compile("Tomcat started on port (\\d+)");

	private final Builder settings;

	private final Path folder;

	private Process process;

	private int starts;

	private int port;

	private MusubiProcess(Builder settings) {
		this.settings = settings;
		try {
			Path root = Files.createDirectories(Path.of("target", "musubi-process"));
			this.folder = Files.createTempDirectory(root, settings.name + "-").toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Describes a process to start; the name shows in its folder's name. */
	public static Builder named(String name) {
		return new Builder(name);
	}

	/** Where it answers, such as {@code http://localhost:43127}. */
	public String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/** A path on it as an absolute URL. */
	public String url(String path) {
		return baseUrl() + path;
	}

	public int port() {
		return this.port;
	}

	/** Its data folder, kept from one start to the next. */
	public Path dataDir() {
		return (this.settings.dataDir != null) ? this.settings.dataDir : this.folder.resolve("data");
	}

	/** The output of its latest start. */
	public Path log() {
		return this.folder.resolve("start-" + this.starts + ".log");
	}

	public boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

	/**
	 * Ends it as a crash does: {@code SIGKILL}, no shutdown hook, nothing flushed that
	 * the process still held. What the operating system already has (written files, sent
	 * packets) stays, as after a process crash on a machine that keeps running.
	 */
	public void kill() {
		if (this.process == null) {
			return;
		}
		List<ProcessHandle> children = this.process.descendants().toList();
		this.process.destroyForcibly();
		awaitExit();
		// ffmpeg and the like would otherwise outlive the test as orphans.
		children.forEach(ProcessHandle::destroyForcibly);
	}

	/** Ends it as an operator does: {@code SIGTERM}, a graceful shutdown. */
	public void stop() {
		if (this.process == null) {
			return;
		}
		this.process.destroy();
		awaitExit();
	}

	/**
	 * Starts it again on the same data and settings, after {@link #kill()} or
	 * {@link #stop()} (a running one is stopped first). The port may change.
	 */
	public MusubiProcess restart() {
		if (isAlive()) {
			stop();
		}
		return start();
	}

	@Override
	public void close() {
		kill();
	}

	private MusubiProcess start() {
		this.starts++;
		try {
			Files.createDirectories(dataDir());
			ProcessBuilder builder = new ProcessBuilder(command()).directory(this.folder.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log().toFile());
			builder.environment().putAll(this.settings.environment);
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		try {
			Awaitility.await()
				.atMost(STARTUP_LIMIT)
				.pollDelay(Duration.ZERO)
				.pollInterval(Duration.ofMillis(200))
				.until(() -> isHealthy(client));
		}
		catch (ConditionTimeoutException ex) {
			kill();
			throw new IllegalStateException("Musubi did not become healthy within " + STARTUP_LIMIT + "\n" + tail(),
					ex);
		}
		return this;
	}

	private boolean isHealthy(HttpClient client) throws Exception {
		if (!this.process.isAlive()) {
			throw new IllegalStateException(
					"Musubi exited with status " + this.process.exitValue() + " while starting\n" + tail());
		}
		// The port the system gave it, as the web server reports it: a free port asked
		// of the system first and passed on could be taken by another process meanwhile.
		Matcher started = WEB_SERVER_STARTED.matcher(output());
		if (!started.find()) {
			return false;
		}
		this.port = Integer.parseInt(started.group(1));
		try {
			HttpResponse<String> health = client.send(
					HttpRequest.newBuilder(URI.create(url("/actuator/health"))).timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString());
			return health.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private List<String> command() throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(this.settings.jvmOptions);
		String jar = System.getProperty("musubi.jar");
		if (jar != null && !jar.isBlank()) {
			command.add("-jar");
			command.add(Path.of(jar).toAbsolutePath().toString());
		}
		else {
			// An argument file: the classpath can be longer than one argument may be.
			Path arguments = this.folder.resolve("classpath.args");
			Files.writeString(arguments, "-cp \"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\"",
					StandardCharsets.UTF_8);
			command.add("@" + arguments);
			command.add("jp.musubi.MusubiApplication");
		}
		Map<String, String> arguments = new LinkedHashMap<>();
		arguments.put("server.port", "0");
		arguments.put("musubi.data-dir", dataDir().toString());
		arguments.putAll(this.settings.arguments);
		arguments.forEach((key, value) -> command.add("--" + key + "=" + value));
		return command;
	}

	private void awaitExit() {
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What the latest start has written so far; a character cut in two by the writer is
	 * replaced, not refused.
	 */
	public String output() throws IOException {
		return new String(Files.readAllBytes(log()), StandardCharsets.UTF_8);
	}

	/** The end of the latest start's output, for a failure's message. */
	public String tail() {
		try {
			List<String> lines = output().lines().toList();
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(no output in " + log() + ")";
		}
	}

	/** What a process is started with. */
	public static final class Builder {

		private final String name;

		// The small node the README's start must run on; C1 alone, since on two shared
		// cores a start spends most of its time compiling code it runs once.
		private final List<String> jvmOptions = new ArrayList<>(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"));

		private final Map<String, String> arguments = new LinkedHashMap<>();

		private final Map<String, String> environment = new LinkedHashMap<>();

		private Path dataDir;

		private Builder(String name) {
			this.name = name;
		}

		/** A Spring setting, passed as {@code --key=value}. */
		public Builder setting(String key, String value) {
			this.arguments.put(key, value);
			return this;
		}

		/** An environment variable, such as {@code MUSUBI_DB_URL}. */
		public Builder environment(String name, String value) {
			this.environment.put(name, value);
			return this;
		}

		/**
		 * The JVM's options, replacing the default
		 * {@code -Xmx512m -XX:TieredStopAtLevel=1}.
		 */
		public Builder jvmOptions(String... options) {
			this.jvmOptions.clear();
			this.jvmOptions.addAll(List.of(options));
			return this;
		}

		/** A data folder of the caller's; by default one of its own under target/. */
		public Builder dataDir(Path dataDir) {
			this.dataDir = dataDir.toAbsolutePath();
			return this;
		}

		/** Starts it and waits until {@code /actuator/health} answers UP. */
		public MusubiProcess start() {
			return new MusubiProcess(this).start();
		}

	}

}
