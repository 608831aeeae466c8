package jp.musubi.platform.mail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import jp.musubi.platform.mail.Outbox.QueuedMail;
import jp.musubi.support.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's claims and retries on the embedded H2 database, whose SQL must behave as
 * PostgreSQL's does (MailOutboxTests runs on PostgreSQL): a mail is claimed by one node
 * at a time, tried again later and later while the server refuses it, given up after
 * days, and a key is refused while it is remembered.
 */
class OutboxTests {

	private final MovableClock clock = new MovableClock();

	private Outbox outbox;

	@BeforeEach
	void embeddedDatabase() {
		DataSource database = new DriverManagerDataSource("jdbc:h2:mem:outbox-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=DAY;DB_CLOSE_DELAY=-1");
		new ResourceDatabasePopulator(new ClassPathResource("db/migration/platform/V3__mail_outbox.sql"))
			.execute(database);
		this.outbox = new Outbox(database, this.clock);
	}

	@Test
	void aMailClaimedByOneNodeIsNotClaimedByAnotherUntilTheLeaseLapses() {
		UUID id = queue(null);
		assertThat(this.outbox.claim(id, MailDelivery.LEASE)).isPresent();
		assertThat(this.outbox.claim(id, MailDelivery.LEASE)).isEmpty();

		this.clock.advance(MailDelivery.LEASE.plusSeconds(1));
		assertThat(this.outbox.claim(id, MailDelivery.LEASE)).hasValueSatisfying((mail) -> {
			assertThat(mail.attempts()).isEqualTo(2);
			assertThat(new String(mail.message(), StandardCharsets.UTF_8)).isEqualTo("Subject: test");
		});
	}

	@Test
	void aNewMailIsLeftToItsOwnThreadBeforeTheJobTakesIt() {
		UUID id = queue(null);
		assertThat(this.outbox.due(10)).isEmpty();
		this.clock.advance(Outbox.FIRST_RETRY_AFTER.plusSeconds(1));
		assertThat(this.outbox.due(10)).containsExactly(id);
	}

	@Test
	void aRefusedMailIsTriedAgainLaterEachTimeAndGivenUpAfterDays() {
		UUID id = queue(null);
		Duration previous = Duration.ZERO;
		for (int attempt = 1; attempt <= 8; attempt++) {
			QueuedMail mail = this.outbox.claim(id, MailDelivery.LEASE).orElseThrow();
			assertThat(this.outbox.failed(mail, "421 try later")).isFalse();
			Duration wait = Outbox.waitAfter(mail.attempts());
			assertThat(wait).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(Outbox.LONGEST_WAIT);
			assertThat(this.outbox.due(10)).isEmpty();
			this.clock.advance(wait.plusSeconds(1));
			assertThat(this.outbox.due(10)).containsExactly(id);
			previous = wait;
		}
		this.clock.advance(Outbox.GIVE_UP_AFTER);
		QueuedMail last = this.outbox.claim(id, MailDelivery.LEASE).orElseThrow();
		assertThat(this.outbox.failed(last, "550 no such user")).isTrue();
		this.clock.advance(Duration.ofDays(1));
		assertThat(this.outbox.due(10)).isEmpty();
		assertThat(this.outbox.claim(id, MailDelivery.LEASE)).isEmpty();
	}

	@Test
	void aSentMailIsNotSentAgainAndItsKeyIsRefusedUntilForgotten() {
		UUID id = queue("survey:1");
		this.outbox.sent(this.outbox.claim(id, MailDelivery.LEASE).orElseThrow().id());
		assertThat(this.outbox.claim(id, MailDelivery.LEASE)).isEmpty();
		assertThat(this.outbox.add(UUID.randomUUID(), "survey:1", "guest@example.jp", "test", new byte[0])).isFalse();

		this.clock.advance(Outbox.KEPT_FOR.plusDays(1));
		assertThat(this.outbox.forgetOld()).isEqualTo(1);
		assertThat(this.outbox.add(UUID.randomUUID(), "survey:1", "guest@example.jp", "test", new byte[0])).isTrue();
	}

	@Test
	void aSentMailWithoutAKeyLeavesNothingBehind() {
		UUID id = queue(null);
		this.outbox.sent(this.outbox.claim(id, MailDelivery.LEASE).orElseThrow().id());
		this.clock.advance(Outbox.KEPT_FOR.plusDays(1));
		assertThat(this.outbox.forgetOld()).isZero();
	}

	private UUID queue(String key) {
		UUID id = UUID.randomUUID();
		assertThat(
				this.outbox.add(id, key, "guest@example.jp", "test", "Subject: test".getBytes(StandardCharsets.UTF_8)))
			.isTrue();
		return id;
	}

}
