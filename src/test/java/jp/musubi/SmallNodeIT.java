package jp.musubi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.musubi.broadcast.Bombs;
import jp.musubi.support.MusubiProcess;
import jp.musubi.support.Page;
import jp.musubi.support.RawHttp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No request can exhaust a small node. Musubi runs as a process of its own with the 512
 * MB heap the README gives a small node, on the embedded default with its demo region,
 * and takes every bomb issue 9 found, one after another, while a visitor browses the
 * portal and the station: a 60-megapixel photo of a third of a megabyte and a PNG whose
 * text inflates to 2 GiB (the channel's producer uploads both; they are developed within
 * the memory budget), a progressive JPEG with 300 scans, two 8K videos and one whose
 * header claims 49.7 days (refused naming the limit), a stranger's 2 GB multipart body, a
 * 21 MB JSON body and a multipart body without its length (refused from their headers,
 * before a byte of body is sent). Nothing runs out of memory, the live heap after a full
 * collection is where it was, and the visitor got every page.
 */
class SmallNodeIT {

	private static final String PRODUCER = "producer@demo.musubi.jp";

	private static final String DEMO_PASSWORD = "yunomori-demo-2026";

	/** What a node may keep of all this: rows, caches, a search index's buffers. */
	private static final long HEAP_GROWTH_ALLOWED = 64L * 1024 * 1024;

	private static final Pattern CHANNEL = Pattern.compile("/broadcast/channels/([0-9a-f-]{36})/manage");

	@Test
	void everyBombIsRefusedOrDevelopedWithinBudgetWhileAVisitorIsServed() throws Exception {
		// Made before Musubi starts, in this process: none of it is Musubi's memory.
		byte[] sixtyMegapixels = Bombs.flatJpeg(7744, 7744);
		byte[] textBomb = Bombs.pngWithTextOf(2L << 30);
		byte[] scans = Bombs.progressiveJpeg(7744, 7744, 300);
		byte[] eightK = Files.readAllBytes(Bombs.video(7680, 4320, 25, 2));
		byte[] claiming = Files.readAllBytes(Bombs.videoClaiming(Duration.ofSeconds(4_294_967)));

		try (MusubiProcess musubi = MusubiProcess.named("small-node").start()) {
			String producer = RawHttp.signIn(musubi.port(), PRODUCER, DEMO_PASSWORD);
			Uploads uploads = Uploads.to(musubi, producer);
			// Warmed up with an ordinary photo, so that what the first upload loads
			// (classes, templates, caches) is not counted as growth.
			assertThat(uploads.send("warm-up.jpg", "image/jpeg", Bombs.flatJpeg(1600, 1200)).status()).isEqualTo(302);
			long heapBefore = liveHeap(musubi);

			Visitor visitor = Visitor.browsing(musubi);
			Map<String, Outcome> outcomes = new LinkedHashMap<>();
			try {
				outcomes.put("60-megapixel photo (" + sixtyMegapixels.length / 1024 + " KB)",
						timed(() -> uploads.send("flat.jpg", "image/jpeg", sixtyMegapixels)));
				outcomes.put("PNG text inflating to 2 GiB (" + textBomb.length / 1024 + " KB)",
						timed(() -> uploads.send("text.png", "image/png", textBomb)));
				outcomes.put("progressive JPEG, 300 scans (" + scans.length / 1024 + " KB)",
						timed(() -> uploads.send("scans.jpg", "image/jpeg", scans)));
				outcomes.put("8K video", timed(() -> uploads.send("8k.mp4", "video/mp4", eightK)));
				outcomes.put("8K video again", timed(() -> uploads.send("8k-2.mp4", "video/mp4", eightK)));
				outcomes.put("video claiming 4,294,967 s",
						timed(() -> uploads.send("claims.mkv", "video/x-matroska", claiming)));
				outcomes.put("stranger's 2 GB multipart, headers only", timed(() -> RawHttp.send(musubi.port(), """
						POST /broadcast/channels/%s/uploads HTTP/1.1
						Content-Type: multipart/form-data; boundary=bomb
						Content-Length: 2147483648
						""".formatted(uploads.channel()), new byte[0])));
				outcomes.put("21 MB JSON, headers only", timed(() -> RawHttp.send(musubi.port(), """
						POST /api/v1/tourism/bookings HTTP/1.1
						Content-Type: application/json
						Content-Length: 22020096
						""", new byte[0])));
				outcomes.put("multipart without its length", timed(() -> RawHttp.send(musubi.port(), """
						POST /signin HTTP/1.1
						Content-Type: multipart/form-data; boundary=bomb
						Transfer-Encoding: chunked
						""", new byte[0])));
			}
			finally {
				visitor.stop();
			}
			long heapAfter = liveHeap(musubi);

			outcomes.forEach((bomb, outcome) -> System.out.printf("%-45s %d in %5d ms%n", bomb, outcome.status(),
					outcome.millis()));
			System.out.printf("live heap after a full collection: %d MB before, %d MB after; visitor: %d pages%n",
					heapBefore >> 20, heapAfter >> 20, visitor.pages().size());

			assertThat(outcomes.values()).extracting(Outcome::status)
				.containsExactly(302, 302, 422, 422, 422, 422, 413, 413, 411);
			List<String> messages = outcomes.values().stream().map(Outcome::message).toList();
			assertThat(messages.get(2)).contains("区切りは32個までです");
			assertThat(messages.get(3)).contains("動画は3840×2160まで載せられます");
			assertThat(messages.get(4)).contains("動画は3840×2160まで載せられます");
			assertThat(messages.get(5)).contains("動画は120分までの長さにしてください");
			assertThat(musubi.isAlive()).isTrue();
			assertThat(musubi.output()).doesNotContain("OutOfMemoryError");
			assertThat(heapAfter - heapBefore).as("live heap growth, bytes").isLessThan(HEAP_GROWTH_ALLOWED);
			assertThat(visitor.pages()).as("pages the visitor got meanwhile").isNotEmpty().containsOnly(200);
		}
	}

	private static Outcome timed(Supplier<RawHttp.Answer> request) {
		long started = System.nanoTime();
		RawHttp.Answer answer = request.get();
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		String message = answer.body().isEmpty() ? "" : Jsoup.parse(answer.body()).text();
		return new Outcome(answer.status(), millis, message);
	}

	/**
	 * The heap the node holds on to: used after a full collection, as {@code jcmd}
	 * reports it from outside.
	 */
	private static long liveHeap(MusubiProcess musubi) throws IOException, InterruptedException {
		String marker = "--musubi.data-dir=" + musubi.dataDir();
		long pid = ProcessHandle.current()
			.descendants()
			.filter((process) -> process.info().commandLine().orElse("").contains(marker))
			.findFirst()
			.orElseThrow()
			.pid();
		jcmd(pid, "GC.run");
		String info = jcmd(pid, "GC.heap_info");
		long used = 0;
		Matcher heap = Pattern
			.compile("^\\s*(?:garbage-first heap|def new generation|tenured generation)\\b.*?used (\\d+)K",
					Pattern.MULTILINE)
			.matcher(info);
		while (heap.find()) {
			used += Long.parseLong(heap.group(1)) * 1024;
		}
		assertThat(used).as("heap in " + info).isPositive();
		return used;
	}

	private static String jcmd(long pid, String command) throws IOException, InterruptedException {
		Process jcmd = new ProcessBuilder(
				java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid),
				command)
			.redirectErrorStream(true)
			.start();
		String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(jcmd.waitFor(60, TimeUnit.SECONDS)).as("jcmd " + command).isTrue();
		return output;
	}

	/** A bomb's answer: the status, how long it took, and the page's text. */
	private record Outcome(int status, long millis, String message) {

	}

	/** The upload form of the producer's channel, sent as the browser sends it. */
	private record Uploads(MusubiProcess musubi, String cookie, String channel, String csrf) {

		static Uploads to(MusubiProcess musubi, String cookie) {
			String manage = RawHttp.send(musubi.port(), """
					GET /broadcast/manage HTTP/1.1
					Accept: text/html
					Cookie: %s
					""".formatted(cookie), new byte[0]).body();
			Matcher channel = CHANNEL.matcher(manage);
			assertThat(channel.find()).as("the producer runs a channel").isTrue();
			Document page = Jsoup.parse(RawHttp.send(musubi.port(), """
					GET /broadcast/channels/%s/manage HTTP/1.1
					Accept: text/html
					Cookie: %s
					""".formatted(channel.group(1), cookie), new byte[0]).body());
			String csrf = page.selectFirst("form[action$=/uploads] input[name=_csrf]").attr("value");
			return new Uploads(musubi, cookie, channel.group(1), csrf);
		}

		RawHttp.Answer send(String name, String type, byte[] file) {
			String boundary = "----musubi" + UUID.randomUUID().toString().replace("-", "");
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			field(body, boundary, "_csrf", this.csrf);
			field(body, boundary, "title", name);
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
					+ "\"\r\nContent-Type: " + type + "\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file);
			body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return RawHttp.send(this.musubi.port(), """
					POST /broadcast/channels/%s/uploads HTTP/1.1
					Accept: text/html
					Accept-Language: ja
					Cookie: %s
					Content-Type: multipart/form-data; boundary=%s
					Content-Length: %d
					""".formatted(this.channel, this.cookie, boundary, body.size()), body.toByteArray());
		}

		private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
					+ value + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}

	}

	/** Someone browsing the portal and the station the whole time, page after page. */
	private static final class Visitor {

		private final AtomicBoolean browsing = new AtomicBoolean(true);

		private final List<Integer> pages = new ArrayList<>();

		private CompletableFuture<Void> running;

		static Visitor browsing(MusubiProcess musubi) {
			Visitor visitor = new Visitor();
			HttpClient client = HttpClient.newHttpClient();
			visitor.running = CompletableFuture.runAsync(() -> {
				while (visitor.browsing.get()) {
					for (String path : List.of("/", "/broadcast")) {
						try {
							HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(musubi.url(path)))
								.header("Accept", "text/html")
								.timeout(Duration.ofSeconds(60))
								.build(), HttpResponse.BodyHandlers.ofString());
							assertThat(Page.of(page.body()).lang()).isEqualTo("ja");
							synchronized (visitor.pages) {
								visitor.pages.add(page.statusCode());
							}
						}
						catch (IOException ex) {
							synchronized (visitor.pages) {
								visitor.pages.add(-1);
							}
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							return;
						}
					}
				}
			});
			return visitor;
		}

		void stop() {
			this.browsing.set(false);
			this.running.join();
		}

		List<Integer> pages() {
			synchronized (this.pages) {
				return List.copyOf(this.pages);
			}
		}

	}

}
