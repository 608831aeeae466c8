package jp.musubi.platform.mail;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends e-mail written from a template under {@code templates/mail/} in the recipient's
 * language; the subject is the message {@code mail.<template>.subject}. Without an SMTP
 * server configured (the embedded default) the whole mail is written to the log instead,
 * so a person trying Musubi can still follow a confirmation link.
 */
@Service
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	/** The header naming the template a mail was written from. */
	public static final String TEMPLATE_HEADER = "X-Musubi-Template";

	private final ObjectProvider<JavaMailSender> sender;

	private final MessageSource messages;

	private final SpringTemplateEngine templates;

	private final String from;

	private final String baseUrl;

	Mailer(ObjectProvider<JavaMailSender> sender, MessageSource messages, @Value("${musubi.mail.from}") String from,
			@Value("${musubi.base-url}") String baseUrl) {
		this.sender = sender;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl;
		this.templates = textTemplates(messages);
	}

	/**
	 * Renders and sends one mail. The model gets {@code baseUrl} so templates can build
	 * absolute links.
	 * @throws MailNotSent when the SMTP server refuses it, so that a caller running
	 * inside an event listener leaves the event to be retried
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
		Context context = new Context(locale);
		context.setVariables(Map.copyOf(model));
		context.setVariable("baseUrl", this.baseUrl);
		String subject = this.messages.getMessage("mail." + template + ".subject", subjectArguments, locale);
		String body = this.templates.process(template, context);
		JavaMailSender smtp = this.sender.getIfAvailable();
		if (smtp == null) {
			log.info("No SMTP server configured; this mail is not sent.\nTo: {}\nSubject: {}\nAttachments: {}\n\n{}",
					to, subject, attachments.stream().map(Attachment::name).toList(), body);
			return;
		}
		try {
			MimeMessage message = smtp.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(to);
			helper.setSubject(subject);
			// Which template wrote it, so a mail can be told apart from others to the
			// same
			// person without reading its words.
			message.setHeader(TEMPLATE_HEADER, template);
			helper.setText(body, false);
			for (Attachment attachment : attachments) {
				helper.addAttachment(attachment.name(), new ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
			smtp.send(message);
		}
		catch (MessagingException | org.springframework.mail.MailException ex) {
			throw new MailNotSent(to, template, ex);
		}
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

	/** The SMTP server did not take the mail. */
	public static class MailNotSent extends RuntimeException {

		MailNotSent(String to, String template, Exception cause) {
			super("Mail '" + template + "' to " + to + " was not sent", cause);
		}

	}

}
