package jp.musubi.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * HTTP as a client that does not play along: a request's head sent on a socket of its
 * own, with as much of its body as the test chooses (often none of it), and the server's
 * answer read back. What a server answers then, it answered before the body arrived.
 */
public final class RawHttp {

	/** Only a server that waits for a body it will never get takes this long. */
	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private RawHttp() {
	}

	/**
	 * Sends the head (request line and headers, without the blank line) and the given
	 * part of the body, then reads the answer.
	 */
	public static Answer send(int port, String head, byte[] bodyPart) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port));
			socket.setSoTimeout((int) PATIENCE.toMillis());
			OutputStream out = socket.getOutputStream();
			out.write((head.strip() + "\r\nHost: localhost:" + port + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			out.write(bodyPart);
			out.flush();
			return read(socket.getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Signs the person in through the sign-in form, as a browser would, and gives the
	 * session's cookie header.
	 */
	public static String signIn(int port, String email) {
		return signIn(port, email, Fixtures.PASSWORD);
	}

	/**
	 * As {@link #signIn(int, String)}, with the person's own password (a demo account's).
	 */
	public static String signIn(int port, String email, String password) {
		try {
			CookieManager cookies = new CookieManager();
			HttpClient browser = HttpClient.newBuilder()
				.cookieHandler(cookies)
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
			String page = browser
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/signin"))
					.header("Accept", "text/html")
					.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
				.body();
			String csrf = Jsoup.parse(page).selectFirst("input[name=_csrf]").attr("value");
			HttpResponse<String> signedIn = browser
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/signin"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers
						.ofString("_csrf=" + csrf + "&email=" + email + "&password=" + password.replace(' ', '+')))
					.build(), HttpResponse.BodyHandlers.ofString());
			if (signedIn.statusCode() != 302) {
				throw new IllegalStateException("sign-in answered " + signedIn.statusCode());
			}
			// Signing in replaces the form token's cookie; the next page, as a browser
			// follows the redirect to it, sets the new one.
			browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/account"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.discarding());
			return cookies.getCookieStore()
				.getCookies()
				.stream()
				.map(HttpCookie::toString)
				.collect(Collectors.joining("; "));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Answer read(InputStream in) throws IOException {
		String statusLine = line(in);
		Map<String, String> headers = new LinkedHashMap<>();
		for (String line = line(in); !line.isEmpty(); line = line(in)) {
			int colon = line.indexOf(':');
			headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0; size = Integer
				.parseInt(line(in).split(";")[0].strip(), 16)) {
				body.write(in.readNBytes(size));
				line(in);
			}
		}
		else if (headers.containsKey("content-length")) {
			body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
		}
		return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers, body.toString(StandardCharsets.UTF_8));
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b == -1) {
				throw new IOException("the server closed the connection mid-answer: " + line);
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.UTF_8);
	}

	/** The status, headers (names in lower case) and body of an answer. */
	public record Answer(int status, Map<String, String> headers, String body) {

	}

}
