package jp.musubi.platform.mail;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Marks the method that mails people about a committed change's event. It is what Spring
 * Modulith's {@code @ApplicationModuleListener} is (after the commit, on a thread of its
 * own, in a transaction of its own, from the event publication registry), and also runs
 * for an event published outside a transaction:
 * <ul>
 * <li>a mail that fails to be written (a template's fault, the database out of reach for
 * a moment) never undoes the change the person made; the event stays incomplete in the
 * registry and is handed to the method again, by {@code Housekeeping} five minutes later
 * or on the next start;</li>
 * <li>the event is recorded in the change's own transaction, so a node that dies after
 * the commit loses no mail: the next start hands the event over again.</li>
 * </ul>
 * Not on the committing thread: that thread still holds its database connection until the
 * commit is cleaned up, and a listener there needs a second one for its own transaction,
 * so two hundred bookings at once waited for each other's connections until the pool gave
 * up (BookingRaceTests). The person's answer therefore no longer waits for the mail; it
 * follows within a moment.
 * <p>
 * Because it may run again for the same event (a node dying after the mail was queued but
 * before the event was marked complete), the method sends through
 * {@link Mailer#once(String)} keyed by the event's own id, so a person gets each mail
 * once.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Async
@Transactional(propagation = Propagation.REQUIRES_NEW)
@TransactionalEventListener(fallbackExecution = true)
public @interface MailListener {

	/** A SpEL condition the event must meet, as on {@link TransactionalEventListener}. */
	@AliasFor(annotation = TransactionalEventListener.class, attribute = "condition")
	String condition() default "";

}
