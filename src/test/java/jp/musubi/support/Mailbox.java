package jp.musubi.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMailUtil;
import org.awaitility.Awaitility;

/**
 * What arrived at the test SMTP server. A request's mail is at the server before the
 * request is answered; a job's mail arrives while the job runs, so reading waits for it a
 * little.
 */
public final class Mailbox {

	/**
	 * Generous: mail goes through the application's task executor, which late in the
	 * suite may still be sending earlier tests' notices (every agent staff account the
	 * run has made gets each new request's); a slow CI machine once took over 15 s.
	 */
	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private Mailbox() {
	}

	/** Every mail to the address so far, oldest first. */
	public static List<MimeMessage> to(String address) {
		return Arrays.stream(TestEnvironment.mail().getReceivedMessages())
			.filter((message) -> isTo(message, address))
			.sorted(Comparator.comparing(Mailbox::sentDate))
			.toList();
	}

	/** Every mail to the address written from one template, oldest first. */
	public static List<MimeMessage> to(String address, String template) {
		return to(address).stream().filter((message) -> template.equals(header(message))).toList();
	}

	/** Waits for the first mail to the address written from the template. */
	public static MimeMessage awaitFirst(String address, String template) {
		return Awaitility.await()
			.atMost(PATIENCE)
			.pollInterval(Duration.ofMillis(50))
			.until(() -> to(address, template), (found) -> !found.isEmpty())
			.get(0);
	}

	private static String header(MimeMessage message) {
		try {
			return message.getHeader(jp.musubi.platform.mail.Mailer.TEMPLATE_HEADER, null);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Waits until the address has at least {@code count} mails, and returns the latest.
	 */
	public static MimeMessage awaitNth(String address, int count) {
		List<MimeMessage> messages = Awaitility.await()
			.atMost(PATIENCE)
			.pollInterval(Duration.ofMillis(50))
			.until(() -> to(address), (found) -> found.size() >= count);
		return messages.get(messages.size() - 1);
	}

	public static MimeMessage awaitFirst(String address) {
		return awaitNth(address, 1);
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String body(MimeMessage message) {
		return GreenMailUtil.getBody(message).isEmpty() ? "" : decode(message);
	}

	/** The first link in the mail whose path starts so, as a path with its query. */
	public static String path(MimeMessage message, String pathPrefix) {
		Matcher matcher = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(pathPrefix) + "[^\\s]*)")
			.matcher(body(message));
		if (!matcher.find()) {
			throw new AssertionError("No link to " + pathPrefix + " in:\n" + body(message));
		}
		return matcher.group(1);
	}

	/**
	 * The value of a query parameter in a path such as {@code /signup/confirm?token=abc}.
	 */
	public static String parameter(String path, String name) {
		Matcher matcher = Pattern.compile("[?&]" + Pattern.quote(name) + "=([^&\\s]+)").matcher(path);
		if (!matcher.find()) {
			throw new AssertionError("No " + name + " in " + path);
		}
		return matcher.group(1);
	}

	private static String decode(MimeMessage message) {
		try {
			Object content = message.getContent();
			return (content instanceof String text) ? text : GreenMailUtil.getBody(message);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isTo(MimeMessage message, String address) {
		try {
			return message.getRecipients(Message.RecipientType.TO) != null
					&& Arrays.stream(message.getRecipients(Message.RecipientType.TO))
						.anyMatch((recipient) -> recipient.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Instant sentDate(MimeMessage message) {
		try {
			return (message.getSentDate() != null) ? message.getSentDate().toInstant() : Instant.EPOCH;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
