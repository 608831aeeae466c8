package jp.musubi.platform.mail;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Marks the method that mails people about a committed change's event. It runs once the
 * change has committed, in its own transaction, and from Spring Modulith's event
 * publication registry, like an {@code @ApplicationModuleListener}:
 * <ul>
 * <li>a mail that fails to be written (a template's fault, the database out of reach for
 * a moment) never undoes the change the person made; the event stays incomplete in the
 * registry and is handed to the method again, by {@code Housekeeping} five minutes later
 * or on the next start;</li>
 * <li>it runs on the thread that committed, not beside it: the answer to the person still
 * leaves after their mail is handed to the server (see {@link Mailer}), which an
 * {@code @Async} listener would not keep.</li>
 * </ul>
 * Because it may run again for the same event (a node dying after the mail was queued but
 * before the event was marked complete), the method sends through
 * {@link Mailer#once(String)} keyed by the event's own id, so a person gets each mail
 * once.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(propagation = Propagation.REQUIRES_NEW)
@TransactionalEventListener(fallbackExecution = true)
public @interface MailListener {

	/** A SpEL condition the event must meet, as on {@link TransactionalEventListener}. */
	@AliasFor(annotation = TransactionalEventListener.class, attribute = "condition")
	String condition() default "";

}
