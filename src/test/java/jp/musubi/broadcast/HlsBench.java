package jp.musubi.broadcast;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jp.musubi.accounts.OrganisationType;
import jp.musubi.accounts.account.CurrentUsers;
import jp.musubi.bench.Bench;
import jp.musubi.broadcast.channel.Channel;
import jp.musubi.broadcast.channel.ChannelDetails;
import jp.musubi.broadcast.channel.Channels;
import jp.musubi.broadcast.live.LiveIngest;
import jp.musubi.broadcast.media.Media;
import jp.musubi.broadcast.media.MediaLibrary;
import jp.musubi.broadcast.media.MediaStatus;
import jp.musubi.broadcast.media.SignedLinks;
import jp.musubi.broadcast.media.Upload;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;

import org.springframework.context.ConfigurableApplicationContext;

import static jp.musubi.bench.Bench.say;
import static jp.musubi.bench.Bench.seconds;
import static jp.musubi.bench.Bench.setting;

/**
 * The HLS benchmark that {@code bench/hls.sh} runs (docs/benchmarks.md, "HLS serving and
 * live delay"): Musubi on a fresh PostgreSQL database transcodes a 60-second 720p video
 * into its ladder; nginx from Debian is started on the same storage folder; the same
 * {@code wrk} client then loads the ladder's segments from both, alternately, and the
 * requests per second and the 99th percentile of each are compared. Then ffmpeg pushes a
 * live broadcast in 2-second segments while a viewer polls the live playlist: how long
 * after a segment is written the playlist lists it.
 * <p>
 * Not a test: it lives with the tests for their class path, and no test runs it.
 */
public final class HlsBench {

	private static final String SCRIPT = "bench/hls.sh";

	/** The live push's segment length, as the issue's goal states it. */
	private static final int LIVE_SEGMENT_SECONDS = 2;

	private static final Pattern LIVE_SEGMENT = Pattern.compile("/([A-Za-z0-9_-]+\\.ts)\\?");

	private static final Pattern SEGMENT_NUMBER = Pattern.compile("(\\d+)\\.ts$");

	private final ConfigurableApplicationContext context;

	private final Path work;

	private final int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final List<Process> children = new ArrayList<>();

	private HlsBench(ConfigurableApplicationContext context, Path work) {
		this.context = context;
		this.work = work;
		this.port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
	}

	public static void main(String[] args) {
		long started = System.nanoTime();
		String summary;
		try (ConfigurableApplicationContext context = Bench.start(SCRIPT)) {
			say("Musubi started on the bench database in %.1f s, port %s", seconds(started),
					context.getEnvironment().getProperty("local.server.port"));
			HlsBench bench = new HlsBench(context, Bench.dataDir(SCRIPT));
			try {
				summary = bench.run();
			}
			finally {
				bench.stopChildren();
			}
		}
		catch (Throwable ex) {
			System.err.println("hls: failed: " + ex);
			ex.printStackTrace();
			System.exit(1);
			return;
		}
		say("Whole run %.1f s", seconds(started));
		say(summary);
		System.exit(0);
	}

	private String run() throws Exception {
		int threads = setting("THREADS", 2);
		int connections = setting("CONNECTIONS", 32);
		int duration = setting("DURATION", 20);
		int rounds = setting("ROUNDS", 3);
		int liveSegments = setting("LIVE_SEGMENTS", 12);

		Fixtures fixtures = this.context.getAutowireCapableBeanFactory().createBean(Fixtures.class);
		TestUser producer = fixtures.member("配信者");
		UUID organisation = fixtures.organisation("ベンチ放送局", OrganisationType.PRODUCER, producer);
		CurrentUser user = this.context.getBean(CurrentUsers.class).of(producer.id());
		Channels channels = this.context.getBean(Channels.class);
		Channel channel = channels.open(user, organisation, new ChannelDetails("ベンチ", "負荷試験", Visibility.PUBLIC));

		Path storage = Path.of(this.context.getEnvironment().getRequiredProperty("musubi.storage.directory"))
			.toAbsolutePath();
		Media video = ladder(producer, channel);
		String folder = video.folder();
		Path folderPath = storage.resolve(folder);
		List<String> segments;
		try (Stream<Path> files = Files.walk(folderPath)) {
			segments = files.filter((file) -> file.toString().endsWith(".ts"))
				.map((file) -> folderPath.relativize(file).toString().replace('\\', '/'))
				.sorted()
				.toList();
		}
		if (segments.isEmpty()) {
			throw new IllegalStateException("The ladder has no segments in " + folderPath);
		}
		describeSegments(folderPath, segments);

		String token = this.context.getBean(SignedLinks.class).issue(folder, Duration.ofHours(3));
		String uuid = folder.substring(folder.indexOf('/') + 1);
		List<String> productPaths = segments.stream()
			.map((s) -> "/broadcast/hls/" + uuid + "/" + s + "?t=" + token)
			.toList();
		List<String> nginxPaths = segments.stream().map((s) -> "/" + folder + "/" + s).toList();

		int nginxPort = startNginx(storage);
		String product = "http://127.0.0.1:" + this.port;
		String nginx = "http://127.0.0.1:" + nginxPort;
		sameBytes(product + productPaths.get(0), nginx + nginxPaths.get(0));

		Path productScript = luaScript("product", productPaths);
		Path nginxScript = luaScript("nginx", nginxPaths);
		say("Load: wrk -t%d -c%d -d%ds --latency, cycling through the %d segments; %d rounds each, alternating",
				threads, connections, duration, segments.size(), rounds);
		wrk("warm-up product", product, productScript, threads, connections, 5);
		wrk("warm-up nginx", nginx, nginxScript, threads, connections, 5);
		List<Load> productRuns = new ArrayList<>();
		List<Load> nginxRuns = new ArrayList<>();
		for (int round = 1; round <= rounds; round++) {
			productRuns.add(wrk("product round " + round, product, productScript, threads, connections, duration));
			nginxRuns.add(wrk("nginx round " + round, nginx, nginxScript, threads, connections, duration));
		}
		Load productLoad = Load.median(productRuns);
		Load nginxLoad = Load.median(nginxRuns);
		say("product (Musubi %s): %.0f req/s, p99 %.1f ms, %.0f MB/s (median of %d)", "/broadcast/hls",
				productLoad.requestsPerSecond, productLoad.p99Millis, productLoad.megabytesPerSecond, rounds);
		say("nginx (Debian %s): %.0f req/s, p99 %.1f ms, %.0f MB/s (median of %d)", nginxVersion(),
				nginxLoad.requestsPerSecond, nginxLoad.p99Millis, nginxLoad.megabytesPerSecond, rounds);
		double ratio = productLoad.requestsPerSecond / nginxLoad.requestsPerSecond;
		say("Throughput: product %.2fx of nginx", ratio);

		double[] delays = liveDelay(user, channels, channel, storage, liveSegments);
		return String.format(Locale.ROOT, "hls: %.1fx of nginx throughput, live delay %.1f s", ratio, delays[0]);
	}

	/** A 60-second 720p video uploaded and transcoded by the product into its ladder. */
	private Media ladder(TestUser producer, Channel channel) throws Exception {
		Path source = this.work.resolve("source.mp4");
		long making = System.nanoTime();
		runTool(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
				"testsrc=size=1280x720:rate=30", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000", "-t",
				"60", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest",
				source.toString()), this.work.resolve("ffmpeg-source.log"));
		say("Made a 60-second 1280x720 test video with ffmpeg in %.1f s (%,d bytes)", seconds(making),
				Files.size(source));
		MediaLibrary library = this.context.getBean(MediaLibrary.class);
		long transcoding = System.nanoTime();
		Media added = library.add(channel.id(), producer.id(), "ベンチの動画", null, new Upload() {
			@Override
			public long size() {
				try {
					return Files.size(source);
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}

			@Override
			public InputStream open() throws IOException {
				return Files.newInputStream(source);
			}
		});
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
		while (true) {
			Media media = library.find(added.id()).orElseThrow();
			if (media.status() == MediaStatus.READY) {
				say("The product transcoded it to its ladder (%s) in %.1f s, JobRunr's pick-up included",
						media.renditions().stream().map((r) -> r.name()).toList(), seconds(transcoding));
				return media;
			}
			if (media.status() == MediaStatus.FAILED) {
				throw new IllegalStateException("Transcoding failed: " + media.failure());
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Transcoding took over 15 minutes");
			}
			Thread.sleep(500);
		}
	}

	private static void describeSegments(Path folder, List<String> segments) throws IOException {
		Map<String, long[]> byRendition = new LinkedHashMap<>();
		for (String segment : segments) {
			String rendition = segment.contains("/") ? segment.substring(0, segment.indexOf('/')) : ".";
			long[] countAndBytes = byRendition.computeIfAbsent(rendition, (r) -> new long[2]);
			countAndBytes[0]++;
			countAndBytes[1] += Files.size(folder.resolve(segment));
		}
		long total = 0;
		for (Map.Entry<String, long[]> entry : byRendition.entrySet()) {
			say("Segments of %s: %d, %,d bytes each on average", entry.getKey(), entry.getValue()[0],
					entry.getValue()[1] / entry.getValue()[0]);
			total += entry.getValue()[1];
		}
		say("All %d segments: %,d bytes each on average, %,d bytes in all", segments.size(), total / segments.size(),
				total);
	}

	/** nginx from Debian on the product's storage folder, as a child of this JVM. */
	private int startNginx(Path storage) throws Exception {
		Path home = Files.createDirectories(this.work.resolve("nginx"));
		int nginxPort = freePort();
		boolean root = "root".equals(System.getProperty("user.name"));
		String conf = """
				daemon off;
				master_process on;
				worker_processes auto;
				%s
				pid %s/nginx.pid;
				error_log %s/error.log warn;
				events {
				    worker_connections 1024;
				}
				http {
				    access_log off;
				    client_body_temp_path %s/body;
				    proxy_temp_path %s/proxy;
				    fastcgi_temp_path %s/fastcgi;
				    uwsgi_temp_path %s/uwsgi;
				    scgi_temp_path %s/scgi;
				    types {
				        application/vnd.apple.mpegurl m3u8;
				        video/mp2t ts;
				        image/jpeg jpg;
				    }
				    default_type application/octet-stream;
				    sendfile on;
				    tcp_nopush on;
				    server {
				        listen 127.0.0.1:%d;
				        root %s;
				        location /broadcast/ {
				            add_header Cache-Control "private, max-age=3600";
				        }
				    }
				}
				""".formatted(root ? "user root;" : "", home, home, home, home, home, home, home, nginxPort, storage);
		Path confFile = home.resolve("nginx.conf");
		Files.writeString(confFile, conf);
		// -e: nginx opens its compiled-in error log (/var/log/nginx) before reading the
		// configuration, unless told otherwise.
		Process nginx = new ProcessBuilder("/usr/sbin/nginx", "-c", confFile.toString(), "-p", home.toString(), "-e",
				home.resolve("error.log").toString())
			.redirectErrorStream(true)
			.redirectOutput(home.resolve("nginx.out").toFile())
			.start();
		this.children.add(nginx);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		while (true) {
			if (!nginx.isAlive()) {
				throw new IllegalStateException("nginx stopped at start: " + Files.readString(home.resolve("nginx.out"))
						+ Files.readString(home.resolve("error.log")));
			}
			try {
				HttpResponse<Void> answer = this.http.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + nginxPort + "/")).build(),
						HttpResponse.BodyHandlers.discarding());
				say("nginx %s answers on port %d (HTTP %d for /), root %s, %d worker processes", nginxVersion(),
						nginxPort, answer.statusCode(), storage, Runtime.getRuntime().availableProcessors());
				return nginxPort;
			}
			catch (IOException ex) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("nginx does not answer on port " + nginxPort, ex);
				}
				Thread.sleep(100);
			}
		}
	}

	/** Both servers hand out the same bytes for the same segment, with a 200. */
	private void sameBytes(String product, String nginx) throws Exception {
		HttpResponse<byte[]> fromProduct = this.http.send(HttpRequest.newBuilder(URI.create(product)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		HttpResponse<byte[]> fromNginx = this.http.send(HttpRequest.newBuilder(URI.create(nginx)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		if (fromProduct.statusCode() != 200 || fromNginx.statusCode() != 200
				|| !Arrays.equals(fromProduct.body(), fromNginx.body())) {
			throw new IllegalStateException("The product (HTTP " + fromProduct.statusCode() + ", "
					+ fromProduct.body().length + " bytes) and nginx (HTTP " + fromNginx.statusCode() + ", "
					+ fromNginx.body().length + " bytes) do not serve the same segment");
		}
		say("Same %,d bytes from both for the first segment; the product's headers: %s", fromProduct.body().length,
				fromProduct.headers().map());
	}

	private Path luaScript(String name, List<String> paths) throws IOException {
		StringBuilder lua = new StringBuilder("-- wrk: each thread cycles through the segments from its own start\n");
		lua.append("local paths = {\n");
		for (String path : paths) {
			lua.append("  \"").append(path).append("\",\n");
		}
		lua.append("""
				}
				local threads = 0
				function setup(thread)
				  threads = threads + 1
				  thread:set("offset", threads * 7)
				end
				local i = 0
				function init(args)
				  i = offset or 0
				end
				function request()
				  i = i % #paths + 1
				  return wrk.format("GET", paths[i])
				end
				""");
		Path script = this.work.resolve("wrk-" + name + ".lua");
		Files.writeString(script, lua.toString());
		return script;
	}

	private Load wrk(String label, String base, Path script, int threads, int connections, int duration)
			throws Exception {
		Process wrk = new ProcessBuilder("wrk", "-t" + threads, "-c" + connections, "-d" + duration + "s", "--latency",
				"-s", script.toString(), base)
			.redirectErrorStream(true)
			.start();
		String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int status = wrk.waitFor();
		Files.writeString(this.work.resolve("wrk-" + label.replace(' ', '-') + ".txt"), output);
		if (status != 0) {
			throw new IllegalStateException("wrk failed for " + label + ":\n" + output);
		}
		Load load = Load.parse(output);
		say("%-18s %8.0f req/s  p99 %7.1f ms  %6.0f MB/s  %,d requests%s", label, load.requestsPerSecond,
				load.p99Millis, load.megabytesPerSecond, load.requests,
				(load.socketErrors == null) ? "" : ", socket errors: " + load.socketErrors);
		if (load.non2xx > 0) {
			throw new IllegalStateException(label + ": " + load.non2xx + " responses were not 2xx or 3xx:\n" + output);
		}
		return load;
	}

	/**
	 * ffmpeg pushes a live broadcast in 2-second segments while a viewer polls the live
	 * playlist every 50 ms; for each segment, from its file's last change in storage (its
	 * PUT written) to the first playlist that lists it.
	 * @return the median and the largest delay in seconds
	 */
	private double[] liveDelay(CurrentUser user, Channels channels, Channel channel, Path storage, int wanted)
			throws Exception {
		String key = channels.newStreamKey(user, channel.id()).value();
		List<String> command = List.of("ffmpeg", "-hide_banner", "-loglevel", "warning", "-re", "-f", "lavfi", "-i",
				"testsrc=size=1280x720:rate=30", "-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency", "-g",
				"60", "-pix_fmt", "yuv420p", "-f", "hls", "-hls_time", String.valueOf(LIVE_SEGMENT_SECONDS),
				"-hls_list_size", "6", "-method", "PUT",
				"http://127.0.0.1:" + this.port + "/broadcast/ingest/" + key + "/live.m3u8");
		say("Live: ffmpeg -re ... -hls_time %d -hls_list_size 6 -method PUT .../broadcast/ingest/<key>/live.m3u8",
				LIVE_SEGMENT_SECONDS);
		Process ffmpeg = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.work.resolve("ffmpeg-live.log").toFile())
			.start();
		Instant pushStarted = Instant.now();
		this.children.add(ffmpeg);
		LiveIngest live = this.context.getBean(LiveIngest.class);
		MediaLibrary library = this.context.getBean(MediaLibrary.class);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		Optional<UUID> onAir = live.onAir(channel.id());
		while (onAir.isEmpty()) {
			if (!ffmpeg.isAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException("The live push did not go on air; see ffmpeg-live.log in " + this.work);
			}
			Thread.sleep(50);
			onAir = live.onAir(channel.id());
		}
		UUID mediaId = onAir.get();
		Path folder = storage.resolve(library.find(mediaId).orElseThrow().folder());
		Instant pollingFrom = Instant.now();
		say("On air %.1f s after ffmpeg started; polling /broadcast/media/%s/live.m3u8 every 50 ms",
				Duration.between(pushStarted, pollingFrom).toMillis() / 1000.0, mediaId);
		HttpRequest poll = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/broadcast/media/" + mediaId + "/live.m3u8"))
			.build();
		Map<String, Instant> listed = new LinkedHashMap<>();
		Map<String, Instant> pending = new LinkedHashMap<>();
		List<Double> delays = new ArrayList<>();
		List<Double> fromCapture = new ArrayList<>();
		int polls = 0;
		deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos((wanted + 8L) * LIVE_SEGMENT_SECONDS + 10);
		while (delays.size() < wanted) {
			if (!ffmpeg.isAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException(
						"Only " + delays.size() + " live segments measured; see ffmpeg-live.log");
			}
			HttpResponse<String> answer = this.http.send(poll, HttpResponse.BodyHandlers.ofString());
			Instant seen = Instant.now();
			polls++;
			if (answer.statusCode() == 200) {
				Matcher segment = LIVE_SEGMENT.matcher(answer.body());
				while (segment.find()) {
					String name = segment.group(1);
					if (!listed.containsKey(name)) {
						listed.put(name, seen);
						pending.put(name, seen);
					}
				}
			}
			else if (answer.statusCode() != 404) {
				throw new IllegalStateException("The live playlist answered HTTP " + answer.statusCode());
			}
			// A segment may be listed before its own PUT is stored (the two requests
			// race); its delay is then negative, measured once the file is there.
			for (var iterator = pending.entrySet().iterator(); iterator.hasNext();) {
				Map.Entry<String, Instant> entry = iterator.next();
				Path file = folder.resolve(entry.getKey());
				if (!Files.exists(file)) {
					continue;
				}
				iterator.remove();
				Instant written = Files.getLastModifiedTime(file).toInstant();
				// A segment written before polling began was listed earlier than seen.
				if (written.isBefore(pollingFrom) || delays.size() >= wanted) {
					continue;
				}
				double delay = Duration.between(written, entry.getValue()).toNanos() / 1e9;
				double capture = sinceCaptured(entry.getKey(), pushStarted, entry.getValue());
				delays.add(delay);
				fromCapture.add(capture);
				say("  %-10s written -> listed %6.3f s; first frame captured -> listed %.2f s%s", entry.getKey(), delay,
						capture, (delay < 0) ? " (listed before its file was stored)" : "");
			}
			Thread.sleep(50);
		}
		stop(ffmpeg);
		double[] sorted = delays.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		double[] capture = fromCapture.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		double median = median(sorted);
		say("Live delay, segment written -> listed in the playlist, over %d segments (%d polls): median %.3f s, "
				+ "max %.3f s", sorted.length, polls, median, sorted[sorted.length - 1]);
		long early = delays.stream().filter((delay) -> delay < 0).count();
		if (early > 0) {
			say("%d of %d segments were listed in the playlist before their file was stored (by up to %.1f ms): "
					+ "a player fetching them at once gets 404", early, sorted.length, -sorted[0] * 1000);
		}
		say("Live delay, segment's first frame captured -> listed (from ffmpeg's start, so an upper bound): "
				+ "median %.2f s, max %.2f s, with %d-second segments", median(capture), capture[capture.length - 1],
				LIVE_SEGMENT_SECONDS);
		return new double[] { median, sorted[sorted.length - 1] };
	}

	/**
	 * From the segment's first frame to the moment given: ffmpeg -re captures segment N
	 * from N segment lengths after it started (its own start-up is counted too).
	 */
	private static double sinceCaptured(String name, Instant pushStarted, Instant at) {
		Matcher number = SEGMENT_NUMBER.matcher(name);
		if (!number.find()) {
			return Double.NaN;
		}
		Instant captured = pushStarted.plusSeconds(Long.parseLong(number.group(1)) * LIVE_SEGMENT_SECONDS);
		return Duration.between(captured, at).toNanos() / 1e9;
	}

	private static double median(double[] sorted) {
		int n = sorted.length;
		return (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	/** ffmpeg ends a push on {@code q}: it sends the playlist's end mark first. */
	private static void stop(Process ffmpeg) throws InterruptedException {
		try (OutputStream in = ffmpeg.getOutputStream()) {
			in.write('q');
			in.flush();
		}
		catch (IOException ex) {
			// already gone
		}
		if (!ffmpeg.waitFor(15, TimeUnit.SECONDS)) {
			ffmpeg.destroy();
		}
	}

	private void stopChildren() {
		for (Process child : this.children) {
			if (child.isAlive()) {
				child.destroy();
				try {
					if (!child.waitFor(10, TimeUnit.SECONDS)) {
						child.destroyForcibly();
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					child.destroyForcibly();
				}
			}
		}
	}

	private static void runTool(List<String> command, Path log) throws Exception {
		Process tool = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (tool.waitFor() != 0) {
			throw new IllegalStateException(command.get(0) + " failed: " + Files.readString(log));
		}
	}

	private static String nginxVersion() {
		try {
			Process nginx = new ProcessBuilder("/usr/sbin/nginx", "-v").redirectErrorStream(true).start();
			String text = new String(nginx.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			nginx.waitFor();
			return text.substring(text.indexOf('/') + 1);
		}
		catch (IOException | InterruptedException ex) {
			return "?";
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** What one wrk run reported. */
	record Load(double requestsPerSecond, double p99Millis, double megabytesPerSecond, long requests, long non2xx,
			String socketErrors) {

		private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

		private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s|m)");

		private static final Pattern TRANSFER = Pattern.compile("Transfer/sec:\\s+([0-9.]+)(B|KB|MB|GB)");

		private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");

		private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

		private static final Pattern SOCKET = Pattern.compile("Socket errors:\\s+(.*)");

		static Load parse(String output) {
			Matcher socket = SOCKET.matcher(output);
			Matcher non2xx = NON_2XX.matcher(output);
			Matcher p99 = find(P99, output);
			Matcher transfer = find(TRANSFER, output);
			double scale = switch (transfer.group(2)) {
				case "GB" -> 1024;
				case "MB" -> 1;
				case "KB" -> 1 / 1024.0;
				default -> 1 / 1024.0 / 1024.0;
			};
			return new Load(Double.parseDouble(find(RATE, output).group(1)),
					millis(Double.parseDouble(p99.group(1)), p99.group(2)),
					Double.parseDouble(transfer.group(1)) * scale, Long.parseLong(find(REQUESTS, output).group(1)),
					non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0, socket.find() ? socket.group(1) : null);
		}

		private static Matcher find(Pattern pattern, String output) {
			Matcher matcher = pattern.matcher(output);
			if (!matcher.find()) {
				throw new IllegalStateException("No " + pattern + " in wrk's output:\n" + output);
			}
			return matcher;
		}

		private static double millis(double value, String unit) {
			return switch (unit) {
				case "us" -> value / 1000;
				case "ms" -> value;
				case "s" -> value * 1000;
				default -> value * 60_000;
			};
		}

		/** The run of median throughput, with the median p99 of the runs. */
		static Load median(List<Load> runs) {
			List<Load> byRate = new ArrayList<>(runs);
			byRate.sort((a, b) -> Double.compare(a.requestsPerSecond, b.requestsPerSecond));
			double[] p99s = runs.stream().mapToDouble(Load::p99Millis).sorted().toArray();
			Load middle = byRate.get(byRate.size() / 2);
			double rate = (byRate.size() % 2 == 1) ? middle.requestsPerSecond
					: (byRate.get(byRate.size() / 2 - 1).requestsPerSecond + middle.requestsPerSecond) / 2;
			return new Load(rate, HlsBench.median(p99s), middle.megabytesPerSecond, middle.requests, 0, null);
		}

	}

}
