package jp.musubi.platform.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import jp.musubi.platform.web.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends e-mail written from a template under {@code templates/mail/} in the recipient's
 * language; the subject is the message {@code mail.<template>.subject}.
 *
 * <p>
 * A mail tells of a change, so it goes exactly when the change is kept: {@code send}
 * writes the whole message into the outbox in the caller's transaction, and once that
 * transaction has committed, the same thread hands it to the SMTP server and records it
 * sent before returning to its caller. A request's answer therefore leaves after its
 * mail: a crash after the answer can neither lose the mail nor send it again, and a
 * change rolled back sends nothing. That holds for the first {@value #AT_ONCE} mails of a
 * transaction (a confirmation, a reset link, a booking's mail: what the person acting
 * waits for); a change that tells many people (a notice to every agent staff member)
 * hands the rest to a background thread at once, so that no one's answer waits on a
 * mailing list, and a crash between the server taking one of those and its record sends
 * that one again. What the server did not take (down, slow) is retried by
 * {@link MailDelivery}. Called outside a transaction, the mail is queued and handed over
 * at once. Call it in the change's transaction: in the service method, or in a
 * {@link MailListener} of the change's event; never after the commit (an
 * {@code AFTER_COMMIT} listener that is not {@code @ApplicationModuleListener}), where
 * nothing written is committed any more. Without an SMTP server configured (the embedded
 * default) the mail is written to the log instead, so a person trying Musubi can still
 * follow a confirmation link.
 *
 * <p>
 * A listener or job that may run again for the same thing sends through
 * {@link #once(String)}, so its mail is queued once however often it runs. An address no
 * mail can go to (stored by older rules) is logged and left out: it never undoes the
 * change.
 */
@Service
@EnableConfigurationProperties(Sender.class)
public class Mailer {

	/**
	 * How many mails of a transaction go before its thread returns; the rest go beside.
	 */
	static final int AT_ONCE = 3;

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	/** The header naming the template a mail was written from. */
	public static final String TEMPLATE_HEADER = "X-Musubi-Template";

	private static final int MAX_KEY_LENGTH = 200;

	private final MessageSource messages;

	private final SpringTemplateEngine templates;

	private final Outbox outbox;

	private final MailDelivery delivery;

	private final Clock clock;

	private final String from;

	private final String baseUrl;

	private final Session session = MailDelivery.utf8Session();

	Mailer(MessageSource messages, Outbox outbox, MailDelivery delivery, Clock clock, Sender sender,
			PublicAddress address) {
		this.messages = messages;
		this.outbox = outbox;
		this.delivery = delivery;
		this.clock = clock;
		this.from = sender.from();
		this.baseUrl = address.base();
		this.templates = textTemplates(messages);
	}

	/**
	 * Renders one mail and queues it in the current transaction. The model gets
	 * {@code baseUrl} so templates can build absolute links.
	 */
	public void send(String to, Locale locale, String template, Map<String, ?> model) {
		send(to, locale, template, new Object[0], model);
	}

	/**
	 * As {@link #send(String, Locale, String, Map)}, with arguments for the subject's
	 * message.
	 */
	public void send(String to, Locale locale, String template, Object[] subjectArguments, Map<String, ?> model) {
		send(to, locale, template, subjectArguments, model, List.of());
	}

	/**
	 * As {@link #send(String, Locale, String, Object[], Map)}, with files attached: a
	 * calendar entry, a QR code.
	 */
	public void send(String to, Locale locale, String template, Object[] subjectArguments, Map<String, ?> model,
			List<Attachment> attachments) {
		queue(null, to, locale, template, subjectArguments, model, attachments);
	}

	/**
	 * Sends that queue a mail only if none was queued before under the key, such as
	 * {@code tourism-survey:<survey id>}: for a job or listener that may be run again
	 * after a failure. Keys are remembered for at least 30 days.
	 */
	public Once once(String key) {
		if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
			throw new IllegalArgumentException("A mail's key needs 1 to " + MAX_KEY_LENGTH + " characters: " + key);
		}
		return new Once(key);
	}

	private void queue(String key, String to, Locale locale, String template, Object[] subjectArguments,
			Map<String, ?> model, List<Attachment> attachments) {
		UUID id = UUID.randomUUID();
		byte[] message = write(id, to, locale, template, subjectArguments, model, attachments);
		if (message == null || !this.outbox.add(id, key, to, template, message)) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			deliveryAfterCommit().ids.add(id);
		}
		else if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			this.delivery.deliver(List.of(id));
		}
		// A transaction without synchronization cannot say when it commits: the job
		// sends the mail then.
	}

	private DeliveryAfterCommit deliveryAfterCommit() {
		for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
			if (registered instanceof DeliveryAfterCommit found && found.delivery == this.delivery) {
				return found;
			}
		}
		DeliveryAfterCommit added = new DeliveryAfterCommit(this.delivery);
		TransactionSynchronizationManager.registerSynchronization(added);
		return added;
	}

	private byte[] write(UUID id, String to, Locale locale, String template, Object[] subjectArguments,
			Map<String, ?> model, List<Attachment> attachments) {
		Context context = new Context(locale);
		context.setVariables(Map.copyOf(model));
		context.setVariable("baseUrl", this.baseUrl);
		String subject = this.messages.getMessage("mail." + template + ".subject", subjectArguments, locale);
		String body = this.templates.process(template, context);
		String messageId = "<" + id + "@" + domainOf(this.from) + ">";
		try {
			// Its own Message-ID, kept through retries: a receiver tells a mail sent
			// again from a new one.
			MimeMessage message = new MimeMessage(this.session) {
				@Override
				protected void updateMessageID() throws MessagingException {
					setHeader("Message-ID", messageId);
				}
			};
			MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
			helper.setFrom(this.from);
			try {
				helper.setTo(to);
			}
			catch (AddressException ex) {
				// Stored data no mail can go to: the change it tells of stands all the
				// same.
				log.error("Mail '{}' not sent: no mail can go to '{}'", template, to, ex);
				return null;
			}
			helper.setSubject(subject);
			helper.setSentDate(Date.from(this.clock.instant()));
			// Which template wrote it: a mail is told apart from others to the same
			// person without reading its words.
			message.setHeader(TEMPLATE_HEADER, template);
			helper.setText(body, false);
			for (Attachment attachment : attachments) {
				helper.addAttachment(attachment.name(), new ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
			message.saveChanges();
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			message.writeTo(bytes);
			return bytes.toByteArray();
		}
		catch (MessagingException ex) {
			throw new IllegalArgumentException("Mail '" + template + "' to " + to + " cannot be written", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String domainOf(String address) {
		int at = address.lastIndexOf('@');
		return (at < 0) ? "musubi" : address.substring(at + 1).replace(">", "").strip();
	}

	private static SpringTemplateEngine textTemplates(MessageSource messages) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

	/** A file sent with a mail. */
	public record Attachment(String name, String contentType, byte[] content) {

	}

	/** The sends of {@link Mailer}, each queuing its mail only once for one key. */
	public final class Once {

		private final String key;

		private Once(String key) {
			this.key = key;
		}

		/**
		 * Whether a mail went under this key already: a listener whose mail carries a new
		 * secret link asks before it makes the secret, so that running it again does not
		 * replace the link already mailed.
		 */
		public boolean queued() {
			return Mailer.this.outbox.queued(this.key);
		}

		/** As {@link Mailer#send(String, Locale, String, Map)}, once for the key. */
		public void send(String to, Locale locale, String template, Map<String, ?> model) {
			send(to, locale, template, new Object[0], model);
		}

		/**
		 * As {@link Mailer#send(String, Locale, String, Object[], Map)}, once for the
		 * key.
		 */
		public void send(String to, Locale locale, String template, Object[] subjectArguments, Map<String, ?> model) {
			send(to, locale, template, subjectArguments, model, List.of());
		}

		/**
		 * As {@link Mailer#send(String, Locale, String, Object[], Map, List)}, once for
		 * the key.
		 */
		public void send(String to, Locale locale, String template, Object[] subjectArguments, Map<String, ?> model,
				List<Attachment> attachments) {
			queue(this.key, to, locale, template, subjectArguments, model, attachments);
		}

	}

	/**
	 * Hands the mails one transaction queued to the server after it commits, on the
	 * thread that committed, so they are out before the caller answers anyone.
	 */
	private static final class DeliveryAfterCommit implements TransactionSynchronization {

		private static final int AT_ONCE = Mailer.AT_ONCE;

		private final MailDelivery delivery;

		private final List<UUID> ids = new ArrayList<>();

		DeliveryAfterCommit(MailDelivery delivery) {
			this.delivery = delivery;
		}

		@Override
		public void afterCommit() {
			this.delivery.deliver(this.ids.subList(0, Math.min(AT_ONCE, this.ids.size())));
			if (this.ids.size() > AT_ONCE) {
				this.delivery.deliverSoon(List.copyOf(this.ids.subList(AT_ONCE, this.ids.size())));
			}
		}

	}

}
