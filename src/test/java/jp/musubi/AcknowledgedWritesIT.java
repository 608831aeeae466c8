package jp.musubi;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.jayway.jsonpath.JsonPath;
import jp.musubi.platform.mail.Mailer;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Mailbox;
import jp.musubi.support.MusubiProcess;
import jp.musubi.support.Page;
import jp.musubi.support.TestEnvironment;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Musubi answered with success survives a crash right after the answer. The packaged
 * jar is started as the README starts it, sign-ups (the form) and bookings (the API) are
 * made all at once, the process is killed with SIGKILL the moment the last answer
 * arrives, and started again on the same data: every acknowledged sign-up and booking is
 * there, and its mail was sent exactly once (none for anything that is not there). Once
 * on the embedded H2 database, once on PostgreSQL.
 */
class AcknowledgedWritesIT {

	private static final int SIGN_UPS = 5;

	private static final int BOOKINGS = 10;

	private static final String GUEST = "guest@demo.musubi.jp";

	private static final String DEMO_PASSWORD = "yunomori-demo-2026";

	private static final Pattern BOOKING_NUMBER = Pattern.compile("[A-Z0-9]{4}-[A-Z0-9]{4}");

	@Test
	void onTheEmbeddedDatabaseWhatWasAnsweredIsKeptAndMailedOnceThroughAKill() throws Exception {
		provesWritesSurviveAKill(MusubiProcess.named("kill-h2"));
	}

	@Test
	void onPostgreSQLWhatWasAnsweredIsKeptAndMailedOnceThroughAKill() throws Exception {
		provesWritesSurviveAKill(MusubiProcess.named("kill-postgresql")
			.setting("spring.datasource.url", TestEnvironment.freshDatabase("kill"))
			.setting("spring.datasource.username", System.getProperty("spring.datasource.username"))
			.setting("spring.datasource.password", System.getProperty("spring.datasource.password")));
	}

	private void provesWritesSurviveAKill(MusubiProcess.Builder settings) throws Exception {
		Set<String> earlierMail = messageIds(Arrays.asList(TestEnvironment.mail().getReceivedMessages()));
		try (MusubiProcess musubi = settings.setting("spring.mail.host", "127.0.0.1")
			.setting("spring.mail.port", Integer.toString(TestEnvironment.mail().getSmtp().getPort()))
			.setting("musubi.base-url", "http://localhost")
			.start()) {
			String run = UUID.randomUUID().toString().substring(0, 8);
			List<Browser> signingUp = new ArrayList<>();
			for (int i = 0; i < SIGN_UPS; i++) {
				signingUp.add(Browser.on(musubi).opening("/signup"));
			}
			Browser guest = Browser.on(musubi).signedIn(GUEST, DEMO_PASSWORD);
			List<String> oneNight = JsonPath.read(guest.getJson("/api/v1/tourism/programmes").body(),
					"$.items[?(@.code == 'ONSEN-1')].id");
			String programme = oneNight.get(0);
			guest.opening("/tourism/bookings");

			List<CompletableFuture<HttpResponse<String>>> signUps = new ArrayList<>();
			for (int i = 0; i < SIGN_UPS; i++) {
				signUps.add(signingUp.get(i).postForm("/signup", signUpForm("kill-" + run + "-" + i + "@example.jp")));
			}
			LocalDate firstArrival = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(30);
			List<CompletableFuture<HttpResponse<String>>> bookings = new ArrayList<>();
			for (int i = 0; i < BOOKINGS; i++) {
				bookings.add(guest.postJson("/api/v1/tourism/bookings", """
						{"programmeId": "%s", "arrival": "%s", "partySize": 1}""".formatted(programme,
						firstArrival.plusDays(i))));
			}
			CompletableFuture.allOf(signUps.toArray(CompletableFuture[]::new))
				.thenCombine(CompletableFuture.allOf(bookings.toArray(CompletableFuture[]::new)), (a, b) -> b)
				.join();
			musubi.kill();

			List<String> signedUp = new ArrayList<>();
			for (int i = 0; i < SIGN_UPS; i++) {
				HttpResponse<String> answer = signUps.get(i).join();
				assertThat(answer.statusCode()).as("sign-up answer").isEqualTo(302);
				assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/signup/sent");
				signedUp.add("kill-" + run + "-" + i + "@example.jp");
			}
			List<String> booked = new ArrayList<>();
			for (CompletableFuture<HttpResponse<String>> booking : bookings) {
				HttpResponse<String> answer = booking.join();
				assertThat(answer.statusCode()).as("booking answer: %s", answer.body()).isEqualTo(201);
				booked.add(JsonPath.read(answer.body(), "$.number"));
			}

			musubi.restart();

			List<MimeMessage> mail = Arrays.stream(TestEnvironment.mail().getReceivedMessages())
				.filter((message) -> !earlierMail.contains(messageId(message)))
				.toList();
			for (String email : signedUp) {
				List<MimeMessage> confirmations = mail.stream()
					.filter((message) -> isTo(message, email) && isFrom(message, "confirm-email"))
					.toList();
				assertThat(confirmations).as("confirmation mails to %s", email).hasSize(1);
				Browser person = Browser.on(musubi);
				Page confirmed = Page.of(person.get(Mailbox.path(confirmations.get(0), "/signup/confirm")).body());
				assertThat(confirmed.heading()).as("the link mailed to %s", email).isEqualTo("メールアドレスを確認しました");
				assertThat(person.signIn(email, Fixtures.PASSWORD)).as("%s signs in", email).isEqualTo("/");
			}
			assertThat(mail.stream()
				.filter((message) -> isFrom(message, "confirm-email"))
				.map(AcknowledgedWritesIT::recipient)
				.filter((to) -> to.startsWith("kill-" + run))).as("confirmations, one per acknowledged sign-up")
				.containsExactlyInAnyOrderElementsOf(signedUp);

			Browser guestAgain = Browser.on(musubi).signedIn(GUEST, DEMO_PASSWORD);
			List<String> kept = JsonPath.read(guestAgain.getJson("/api/v1/tourism/bookings?page=1").body(),
					"$.items[*].number");
			assertThat(kept).as("the guest's bookings after the restart").containsAll(booked);
			Map<String, Long> confirmationsByBooking = mail.stream()
				.filter((message) -> isTo(message, GUEST) && isFrom(message, "tourism-booking-confirmed"))
				.collect(Collectors.groupingBy(AcknowledgedWritesIT::bookingNumber, LinkedHashMap::new,
						Collectors.counting()));
			assertThat(kept).as("no confirmation for a booking that is not there")
				.containsAll(confirmationsByBooking.keySet());
			for (String number : booked) {
				assertThat(confirmationsByBooking.get(number)).as("confirmations of %s", number).isEqualTo(1L);
			}
			System.out.printf(
					"%s: %d sign-ups and %d bookings acknowledged, %d and %d found after the kill, "
							+ "%d confirmation mails for them%n",
					musubi.dataDir().getParent().getFileName(), signedUp.size(), booked.size(), signedUp.size(),
					kept.stream().filter(booked::contains).count(),
					signedUp.size() + booked.stream().mapToLong(confirmationsByBooking::get).sum());
		}
	}

	private static Map<String, String> signUpForm(String email) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("kind", "member");
		form.put("email", email);
		form.put("password", Fixtures.PASSWORD);
		form.put("passwordConfirmation", Fixtures.PASSWORD);
		form.put("familyName", "山田");
		form.put("givenName", "太郎");
		form.put("familyNameKana", "ヤマダ");
		form.put("givenNameKana", "タロウ");
		form.put("prefecture", "07");
		form.put("postalCode", "969-3301");
		form.put("acceptTerms", "true");
		return form;
	}

	private static Set<String> messageIds(List<MimeMessage> messages) {
		return messages.stream().map(AcknowledgedWritesIT::messageId).collect(Collectors.toCollection(HashSet::new));
	}

	private static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isTo(MimeMessage message, String address) {
		return recipient(message).equalsIgnoreCase(address);
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isFrom(MimeMessage message, String template) {
		try {
			return template.equals(message.getHeader(Mailer.TEMPLATE_HEADER, null));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String bookingNumber(MimeMessage message) {
		Matcher number = BOOKING_NUMBER.matcher(Mailbox.subject(message));
		assertThat(number.find()).as("a booking number in '%s'", Mailbox.subject(message)).isTrue();
		return number.group();
	}

	/**
	 * One person's browser: its own session cookie and the CSRF token of its last page.
	 */
	private static final class Browser {

		private final MusubiProcess musubi;

		private final HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private String csrf;

		private Browser(MusubiProcess musubi) {
			this.musubi = musubi;
		}

		static Browser on(MusubiProcess musubi) {
			return new Browser(musubi);
		}

		Browser opening(String path) throws Exception {
			this.csrf = Jsoup.parse(get(path).body()).selectFirst("input[name=_csrf]").attr("value");
			return this;
		}

		Browser signedIn(String email, String password) throws Exception {
			assertThat(signIn(email, password)).as("%s signs in", email).isEqualTo("/");
			return this;
		}

		/** Signs in; where it is sent next. */
		String signIn(String email, String password) throws Exception {
			opening("/signin");
			HttpResponse<String> answer = postForm("/signin", Map.of("email", email, "password", password)).join();
			return URI.create(answer.headers().firstValue("Location").orElse("")).getPath();
		}

		HttpResponse<String> get(String path) throws Exception {
			return this.client.send(
					HttpRequest.newBuilder(URI.create(this.musubi.url(path))).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		HttpResponse<String> getJson(String path) throws Exception {
			return this.client.send(HttpRequest.newBuilder(URI.create(this.musubi.url(path)))
				.header("Accept", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		CompletableFuture<HttpResponse<String>> postForm(String path, Map<String, String> fields) {
			Map<String, String> all = new LinkedHashMap<>(fields);
			all.put("_csrf", this.csrf);
			String body = all.entrySet()
				.stream()
				.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return this.client.sendAsync(HttpRequest.newBuilder(URI.create(this.musubi.url(path)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		CompletableFuture<HttpResponse<String>> postJson(String path, String json) {
			return this.client.sendAsync(HttpRequest.newBuilder(URI.create(this.musubi.url(path)))
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.header("X-CSRF-TOKEN", this.csrf)
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

	}

}
