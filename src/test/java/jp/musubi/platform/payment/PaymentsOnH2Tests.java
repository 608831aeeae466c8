package jp.musubi.platform.payment;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import jp.musubi.platform.money.Yen;
import jp.musubi.support.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static jp.musubi.platform.payment.NoticeFiles.notice;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payments' and bank transfers' SQL on the embedded H2 database, which Musubi starts with
 * when nothing is configured: its migrations run, and a replayed webhook, a retried
 * checkout and a notice imported twice behave as on PostgreSQL (the other tests).
 */
class PaymentsOnH2Tests {

	private final MovableClock clock = new MovableClock();

	private final List<Object> published = new ArrayList<>();

	private Payments payments;

	private BankTransfers transfers;

	private DevelopmentProvider provider;

	@BeforeEach
	void embeddedDatabase() {
		DataSource database = new DriverManagerDataSource("jdbc:h2:mem:payments-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=DAY;DB_CLOSE_DELAY=-1");
		new ResourceDatabasePopulator(new ClassPathResource("db/migration/platform/V5__payments.sql"),
				new ClassPathResource("db/migration/platform/V6__bank_transfers.sql"))
			.execute(database);
		JdbcTemplate jdbc = new JdbcTemplate(database);
		DataSourceTransactionManager transactions = new DataSourceTransactionManager(database);
		this.provider = new DevelopmentProvider("whsec_h2", Duration.ofMinutes(5), this.clock);
		PaymentProperties properties = new PaymentProperties(DevelopmentProvider.NAME, Duration.ofMinutes(5),
				new PaymentProperties.StripeStyle(URI.create("https://api.stripe.com"), "", "", Duration.ofSeconds(10),
						2),
				new PaymentProperties.Development(""));
		this.payments = new Payments(List.of(this.provider), properties, jdbc, this.published::add, transactions,
				JsonMapper.shared(), this.clock);
		this.transfers = new BankTransfers(jdbc, this.published::add, transactions, this.clock);
	}

	@Test
	void aReplayedWebhookIsAlreadySeen() {
		PaymentReference order = PaymentReference.of("shop-order", UUID.randomUUID());
		String event = Events.completed(Events.newId(), order, 3_000, "paid");
		String signature = this.provider.webhookSignature().sign(event);

		assertThat(this.payments.receive(DevelopmentProvider.NAME, event, signature)).isEqualTo(WebhookOutcome.APPLIED);
		assertThat(this.payments.receive(DevelopmentProvider.NAME, event, signature))
			.isEqualTo(WebhookOutcome.ALREADY_SEEN);

		assertThat(this.published).singleElement().isInstanceOf(PaymentReceived.class);
	}

	@Test
	void aRetriedCheckoutIsTheSameCheckout() {
		CheckoutRequest request = new CheckoutRequest(PaymentReference.of("shop-order", UUID.randomUUID()),
				Yen.of(3_000), "米 5kg", URI.create("http://localhost/paid"), URI.create("http://localhost/back"),
				"key-1", Locale.JAPANESE);

		assertThat(this.payments.checkout(request)).isEqualTo(this.payments.checkout(request));
	}

	@Test
	void aNoticeImportedTwiceIsReceivedOnceAndTheRestIsAssignedByHand() {
		PaymentReference order = PaymentReference.of("shop-order", UUID.randomUUID());
		PaymentReference other = PaymentReference.of("shop-order", UUID.randomUUID());
		ExpectedTransfer expected = this.transfers.expect(order, Yen.of(12_800), LocalDate.of(2026, 12, 14));
		this.transfers.expect(other, Yen.of(5_000), LocalDate.of(2026, 12, 14));
		byte[] file = notice().credit(12_800, expected.payerCode() + " ﾔﾏﾀﾞ").credit(5_000, "ｻﾄｳ").bytes();

		assertThat(this.transfers.importNotice(file)).isEqualTo(new TransferImport(1, 1, 0));
		assertThat(this.transfers.importNotice(file)).isEqualTo(new TransferImport(0, 0, 2));
		this.transfers.assign(this.transfers.awaitingStaff().get(0).id(), other, UUID.randomUUID());

		assertThat(this.published).hasSize(2)
			.allSatisfy((event) -> assertThat(event).isInstanceOf(PaymentReceived.class));
		assertThat(this.transfers.awaited()).isEmpty();
	}

}
