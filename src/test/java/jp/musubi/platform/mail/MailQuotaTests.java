package jp.musubi.platform.mail;

import java.time.Duration;

import jp.musubi.support.Fixtures;
import jp.musubi.support.MovableClock;
import jp.musubi.support.MusubiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The limits on mails anyone may ask for, counted in the database: per recipient, per
 * network address, and forgotten after the window.
 */
@MusubiTest
class MailQuotaTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@AfterEach
	void putTimeBack() {
		this.clock.reset();
	}

	@Test
	void oneNetworkAddressCanAskForSoManyMailsAnHourWhateverTheRecipients() {
		MailQuota quota = new MailQuota(this.jdbc, new MailQuota.Limits(5, 3, Duration.ofHours(1)), this.clock);
		String address = "203.0.113.41";
		for (int i = 0; i < 3; i++) {
			assertThat(quota.take(Fixtures.uniqueEmail("spread"), address)).isTrue();
		}
		assertThat(quota.take(Fixtures.uniqueEmail("spread"), address)).isFalse();
		assertThat(quota.take(Fixtures.uniqueEmail("spread"), "203.0.113.42")).as("another machine").isTrue();
		assertThatThrownBy(() -> quota.require(Fixtures.uniqueEmail("spread"), address))
			.isInstanceOfSatisfying(MailQuota.Exceeded.class, (ex) -> assertThat(ex.minutes()).isEqualTo(60));

		this.clock.advance(Duration.ofMinutes(61));
		assertThat(quota.take(Fixtures.uniqueEmail("spread"), address)).isTrue();
		assertThat(quota.forgetOld()).isGreaterThanOrEqualTo(5);
	}

	@Test
	void oneRecipientGetsSoManyWhateverTheNetworkAddress() {
		MailQuota quota = new MailQuota(this.jdbc, new MailQuota.Limits(2, 100, Duration.ofHours(1)), this.clock);
		String email = Fixtures.uniqueEmail("recipient");
		assertThat(quota.take(email, "203.0.113.51")).isTrue();
		assertThat(quota.take(email.toUpperCase(), "203.0.113.52")).isTrue();
		assertThat(quota.take(" " + email, "203.0.113.53")).isFalse();
	}

}
