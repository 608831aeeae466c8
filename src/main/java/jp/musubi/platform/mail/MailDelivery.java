package jp.musubi.platform.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import jp.musubi.platform.mail.Outbox.QueuedMail;

/**
 * Hands queued mail to the SMTP server, or to the log when none is configured: right
 * after the transaction that queued it, and again from a recurring job for what could not
 * go then (the server down or slow, the node gone between commit and sending). Public
 * because JobRunr calls the job method by reflection from its own package.
 */
@Component
public class MailDelivery {

	/**
	 * How long a node holds a mail it is sending; longer than the SMTP timeouts
	 * (application.yaml) add up to for one mail.
	 */
	static final Duration LEASE = Duration.ofMinutes(2);

	private static final int BATCH = 100;

	/** A run sends at most this many batches, so a batch that keeps failing ends it. */
	private static final int BATCHES_PER_RUN = 10;

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	/**
	 * Jakarta Mail's switch for UTF-8 in headers (RFC 6532).
	 */
	private static final String ALLOW_UTF8 = "mail.mime.allowutf8";

	private final Outbox outbox;

	private final ObjectProvider<JavaMailSender> sender;

	private final Session session = utf8Session();

	MailDelivery(Outbox outbox, ObjectProvider<JavaMailSender> sender) {
		this.outbox = outbox;
		this.sender = sender;
	}

	/**
	 * Sends what the job finds due: mails that failed before, or whose node did not send
	 * them.
	 */
	@Recurring(id = "platform-deliver-mail", interval = "PT1M")
	@Job(name = "Send mail that could not be sent at once")
	public void deliverDue() {
		for (int batch = 0; batch < BATCHES_PER_RUN; batch++) {
			List<UUID> due = this.outbox.due(BATCH);
			deliver(due);
			if (due.size() < BATCH) {
				break;
			}
		}
		this.outbox.forgetOld();
	}

	/**
	 * Sends the mails, each unless another node has it. Never throws: the mails are
	 * queued, so a failure here only delays them until the job's next run.
	 */
	void deliver(Collection<UUID> ids) {
		for (UUID id : ids) {
			try {
				this.outbox.claim(id, LEASE).ifPresent(this::deliver);
			}
			catch (RuntimeException ex) {
				log.warn("Mail {} stays queued for the next try", id, ex);
			}
		}
	}

	private void deliver(QueuedMail mail) {
		try {
			hand(mail);
		}
		catch (MessagingException | IOException | MailException ex) {
			boolean givenUp = this.outbox.failed(mail, String.valueOf(ex.getMessage()));
			if (givenUp) {
				log.error("Mail '{}' {} given up after {} attempts", mail.template(), mail.id(), mail.attempts(), ex);
			}
			else {
				log.warn("Mail '{}' {} not sent (attempt {}); tried again later", mail.template(), mail.id(),
						mail.attempts(), ex);
			}
			return;
		}
		this.outbox.sent(mail.id());
	}

	private void hand(QueuedMail mail) throws MessagingException, IOException {
		JavaMailSender smtp = this.sender.getIfAvailable();
		if (smtp == null) {
			MimeMessage message = new MimeMessage(this.session, new ByteArrayInputStream(mail.message()));
			List<String> attachments = new ArrayList<>();
			String text = textOf(message, attachments);
			log.info("No SMTP server configured; this mail is not sent.\nTo: {}\nSubject: {}\nAttachments: {}\n\n{}",
					mail.recipient(), message.getSubject(), attachments, text);
			return;
		}
		smtp.send(new MimeMessage(this.session, new ByteArrayInputStream(mail.message())));
	}

	/**
	 * For writing and reading stored messages: addresses with Japanese (or any non-ASCII)
	 * local parts, which sign-up accepts, are kept as UTF-8 instead of read back as
	 * Latin-1.
	 */
	static Session utf8Session() {
		Properties properties = new Properties();
		properties.setProperty(ALLOW_UTF8, "true");
		return Session.getInstance(properties);
	}

	/** The mail's text, collecting the names of the files it carries. */
	private static String textOf(Part part, List<String> attachments) throws MessagingException, IOException {
		if (part.getFileName() != null) {
			attachments.add(MimeUtility.decodeText(part.getFileName()));
			return "";
		}
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		StringBuilder text = new StringBuilder();
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				text.append(textOf(child, attachments));
			}
		}
		return text.toString();
	}

}
