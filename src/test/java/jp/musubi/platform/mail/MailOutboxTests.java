package jp.musubi.platform.mail;

import java.net.URI;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jp.musubi.platform.web.PublicAddress;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Mailbox;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mail goes exactly when the change it tells of is kept: it is at the SMTP server by
 * the time the transaction that queued it has committed, never when that transaction
 * rolls back, and once for a key however often it is sent; what the server did not take,
 * the job sends later as the very same message.
 */
@MusubiTest
class MailOutboxTests {

	@Autowired
	Mailer mailer;

	@Autowired
	Outbox outbox;

	@Autowired
	MailDelivery delivery;

	@Autowired
	MessageSource messages;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MovableClock clock;

	@AfterEach
	void putTheClockBack() {
		this.clock.reset();
	}

	@Test
	void aMailIsAtTheServerOnceItsTransactionHasCommitted() {
		String to = Fixtures.uniqueEmail("outbox-commit");
		this.transactions.executeWithoutResult((status) -> {
			notice(this.mailer, to, "届きます");
			assertThat(Mailbox.to(to)).as("before the commit").isEmpty();
		});
		assertThat(Mailbox.to(to)).singleElement()
			.satisfies((mail) -> assertThat(Mailbox.subject(mail)).isEqualTo("【Musubi】届きます"));
	}

	@Test
	void aChangeThatTellsManyAnswersAfterItsFirstMailsAndTheRestFollow() {
		List<String> staff = IntStream.range(0, 6).mapToObj((i) -> Fixtures.uniqueEmail("outbox-many")).toList();
		this.transactions.executeWithoutResult((status) -> staff.forEach((to) -> notice(this.mailer, to, "お知らせ")));
		for (String to : staff.subList(0, Mailer.AT_ONCE)) {
			assertThat(Mailbox.to(to)).as("before the commit returned").hasSize(1);
		}
		for (String to : staff.subList(Mailer.AT_ONCE, staff.size())) {
			assertThat(Mailbox.awaitFirst(to)).isNotNull();
			assertThat(Mailbox.to(to)).hasSize(1);
		}
	}

	@Test
	void aMailOfATransactionRolledBackIsNeverSent() {
		String to = Fixtures.uniqueEmail("outbox-rollback");
		this.transactions.executeWithoutResult((status) -> {
			notice(this.mailer, to, "届きません");
			status.setRollbackOnly();
		});
		this.clock.advance(Duration.ofHours(2));
		this.delivery.deliverDue();
		assertThat(Mailbox.to(to)).isEmpty();
	}

	@Test
	void aMailUnderAKeyGoesOnceHoweverOftenItIsSent() {
		String to = Fixtures.uniqueEmail("outbox-once");
		String key = "test-notice:" + UUID.randomUUID();
		for (int run = 0; run < 3; run++) {
			this.transactions.executeWithoutResult((status) -> this.mailer.once(key)
				.send(to, Locale.JAPANESE, "work-notice", new Object[] { "一度だけ" }, model("一度だけ")));
		}
		assertThat(Mailbox.to(to)).hasSize(1);
	}

	@Test
	void aMailTheServerDidNotTakeIsSentByTheJobLaterAsTheSameMessage() throws Exception {
		String to = Fixtures.uniqueEmail("outbox-retry");
		// A server that accepts the connection and never greets: the client times out.
		try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			JavaMailSenderImpl unanswering = new JavaMailSenderImpl();
			unanswering.setHost("127.0.0.1");
			unanswering.setPort(silent.getLocalPort());
			Properties timeouts = new Properties();
			timeouts.setProperty("mail.smtp.connectiontimeout", "1000");
			timeouts.setProperty("mail.smtp.timeout", "1000");
			unanswering.setJavaMailProperties(timeouts);
			MailDelivery failing = new MailDelivery(this.outbox,
					new StaticListableBeanFactory(Map.of("smtp", unanswering)).getBeanProvider(JavaMailSender.class));
			Mailer mailer = new Mailer(this.messages, this.outbox, failing, this.clock,
					new Sender("no-reply@musubi.example.jp"),
					new PublicAddress(URI.create("http://localhost"), List.of()));
			this.transactions.executeWithoutResult((status) -> notice(mailer, to, "あとで届きます"));
		}
		assertThat(Mailbox.to(to)).isEmpty();

		this.delivery.deliverDue();
		assertThat(Mailbox.to(to)).as("retried only after a wait").isEmpty();

		Instant queued = this.clock.instant();
		this.clock.advance(Outbox.waitAfter(1).plusSeconds(1));
		this.delivery.deliverDue();
		this.delivery.deliverDue();
		assertThat(Mailbox.to(to)).singleElement().satisfies((mail) -> {
			assertThat(Mailbox.subject(mail)).isEqualTo("【Musubi】あとで届きます");
			assertThat(mail.getMessageID()).endsWith("@musubi.example.jp>");
			// Written when queued, not again when sent.
			assertThat(mail.getSentDate().toInstant()).isBeforeOrEqualTo(queued);
		});
	}

	private static void notice(Mailer mailer, String to, String headline) {
		mailer.send(to, Locale.JAPANESE, "work-notice", new Object[] { headline }, model(headline));
	}

	private static Map<String, Object> model(String headline) {
		return Map.of("name", "山田 花子", "headline", headline, "detail", "", "path", "/work");
	}

}
