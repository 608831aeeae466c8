package jp.musubi.platform.mail;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Marks the method that mails people about a change's event. It runs in the change's own
 * transaction, just before it commits, and writes the mail into the outbox there (see
 * {@link Mailer}): the mail is kept exactly when the change is, goes out before the
 * person is answered, and a crash after the answer can neither lose it nor send it twice
 * (AcknowledgedWritesIT kills the process to prove it). A mail that cannot be written
 * refuses the change whole, so nothing is half done and the person can simply ask again.
 * <p>
 * Tried and set aside (issue 12, point 4): running mail from Spring Modulith's event
 * publication registry after the commit. On the committing thread the listener's own
 * transaction needs a second connection while the first is still held, and two hundred
 * bookings at once starved the pool (BookingRaceTests); on a thread of its own, as
 * {@code @ApplicationModuleListener} does, the answer leaves before the mail, and a crash
 * in between sends a mail twice or only minutes later. Reactions in another module still
 * use {@code @ApplicationModuleListener}.
 * <p>
 * Each event carries its own id, and a listener sends through {@link Mailer#once(String)}
 * keyed by it, so a listener run again for the same event (a job, a retried event) sends
 * nothing twice and makes no second link.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
public @interface MailListener {

	/** A SpEL condition the event must meet, as on {@link TransactionalEventListener}. */
	@AliasFor(annotation = TransactionalEventListener.class, attribute = "condition")
	String condition() default "";

}
