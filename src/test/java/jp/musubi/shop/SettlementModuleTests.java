package jp.musubi.shop;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.calendar.BankingDays;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.web.Dates;
import jp.musubi.platform.zengin.AccountType;
import jp.musubi.shop.order.Addressee;
import jp.musubi.shop.order.Checkout;
import jp.musubi.shop.order.CheckoutRequest;
import jp.musubi.shop.order.CheckoutRequest.CartLine;
import jp.musubi.shop.order.Fulfilment;
import jp.musubi.shop.order.Order;
import jp.musubi.shop.order.PaymentMethod;
import jp.musubi.shop.order.Shipment;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.ProductExamples;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.settlement.PayoutAccount;
import jp.musubi.shop.settlement.Settlement;
import jp.musubi.shop.settlement.Settlements;
import jp.musubi.shop.shipping.ShippingOfferExamples;
import jp.musubi.shop.shipping.ShippingTerms;
import jp.musubi.shop.stock.Stock;
import jp.musubi.shop.storefront.StorefrontExamples;
import jp.musubi.shop.storefront.Storefronts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;

/**
 * Settling with producers on the real database: a month closes once, with the commission
 * on goods and its tax taken from what the agent collected, what a producer still owes
 * carried to the next month, commissions changed only for months to come, and the bulk
 * transfer file paying those who gave an account.
 */
@ApplicationModuleTest
// The same context as ShopModuleTests, cached once for all the shop's module tests.
// A search index of its own, as WorkModuleTests has: the whole application's context,
// cached beside this one, holds the write lock of the shared one.
@TestPropertySource(properties = { "musubi.demo.enabled=false", "jobrunr.background-job-server.enabled=false",
		"MUSUBI_SEARCH_DIR=${musubi.data-dir}/shop-module-search" })
class SettlementModuleTests {

	// A farm of its own for each test: the instance, and so its fields, serve every test.
	private UUID farm;

	private UUID farmer;

	private final UUID agentStaff = UUID.randomUUID();

	@MockitoBean
	Accounts accounts;

	@Autowired
	Storefronts storefronts;

	@Autowired
	Products products;

	@Autowired
	ShippingTerms shipping;

	@Autowired
	Stock stock;

	@Autowired
	Checkout checkout;

	@Autowired
	Fulfilment fulfilment;

	@Autowired
	Settlements settlements;

	@Autowired
	BankingDays bankingDays;

	@Autowired
	JdbcClient jdbc;

	private Product rice;

	private final YearMonth thisMonth = YearMonth.now(Dates.JAPAN);

	@BeforeEach
	void farm() {
		this.farm = UUID.randomUUID();
		this.farmer = UUID.randomUUID();
		given(this.accounts.organisation(this.farm)).willReturn(Optional.of(new OrganisationSummary(this.farm, "ゆのもり農園",
				OrganisationType.PRODUCER, Prefecture.FUKUSHIMA, null, null)));
		given(this.accounts.isMember(this.farmer, this.farm)).willReturn(true);
		given(this.accounts.organisationsOf(this.agentStaff))
			.willReturn(List.of(new OrganisationSummary(UUID.randomUUID(), "ゆのもり地域振興会", OrganisationType.AGENT,
					Prefecture.FUKUSHIMA, null, null)));
		this.storefronts.edit(this.farmer, this.farm, StorefrontExamples.brewery());
		this.shipping.change(Keeper.person(this.farmer), this.farm, ShippingOfferExamples.farm());
		Product product = this.products.add(Keeper.person(this.farmer), this.farm, ProductExamples.rice());
		this.products.publish(Keeper.person(this.farmer), product.id());
		this.stock.set(Keeper.person(this.farmer), product.id(),
				List.of(new Stock.Count(product.variants().get(0).id(), 50, null)));
		this.rice = this.products.published(product.id());
	}

	@Test
	void aClosedMonthTakesTheCommissionAndItsTaxFromWhatTheAgentCollectedAndClosesOnce() {
		YearMonth month = this.thisMonth.minusMonths(1);
		Order prepaid = shippedIn(month, 2, PaymentMethod.BANK_TRANSFER);
		Order atTheDoor = shippedIn(month, 1, PaymentMethod.CASH_ON_DELIVERY);

		assertThat(this.settlements.close(month)).isGreaterThanOrEqualTo(1);
		assertThat(this.settlements.close(month)).as("closed once").isZero();
		Settlement settlement = this.settlements.statement(Keeper.person(this.farmer), this.farm, month);

		assertThat(settlement.goods()).isEqualTo(Yen.of(3 * 3_800));
		assertThat(settlement.commissionPercent()).isEqualByComparingTo("10");
		assertThat(settlement.commission()).isEqualTo(Yen.of(1_140));
		assertThat(settlement.commissionTax()).isEqualTo(Yen.of(114));
		assertThat(settlement.collectedByAgent()).isEqualTo(prepaid.total());
		assertThat(settlement.collectedAtTheDoor()).isEqualTo(atTheDoor.total());
		assertThat(settlement.payout()).isEqualTo(prepaid.total().minus(Yen.of(1_254)));
		assertThat(settlement.lines()).extracting(Settlement.Line::orderNumber)
			.containsExactlyInAnyOrder(prepaid.number(), atTheDoor.number());
		assertThatExceptionOfType(InputRefused.class).isThrownBy(() -> this.settlements.close(this.thisMonth))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("shop.settlement.refused.notOver"));
		assertThatExceptionOfType(NotFound.class)
			.isThrownBy(() -> this.settlements.statement(Keeper.person(UUID.randomUUID()), this.farm, month));
		assertThat(this.settlements.ofMonth(this.agentStaff, month)).extracting((row) -> row.settlement().id())
			.contains(settlement.id());
		assertThatExceptionOfType(NotFound.class).isThrownBy(() -> this.settlements.ofMonth(this.farmer, month));
	}

	@Test
	void whatAProducerOwesAfterAMonthPaidAtTheDoorIsTakenFromTheNextMonth() {
		YearMonth first = this.thisMonth.minusMonths(2);
		YearMonth second = this.thisMonth.minusMonths(1);
		shippedIn(first, 1, PaymentMethod.CASH_ON_DELIVERY);
		Order prepaid = shippedIn(second, 1, PaymentMethod.BANK_TRANSFER);

		this.settlements.close(first);
		this.settlements.close(second);
		Settlement owing = this.settlements.statement(Keeper.person(this.farmer), this.farm, first);
		Settlement next = this.settlements.statement(Keeper.person(this.farmer), this.farm, second);

		assertThat(owing.payout()).isEqualTo(Yen.ZERO);
		assertThat(owing.owedAfter()).isEqualTo(Yen.of(380 + 38));
		assertThat(next.owedBefore()).isEqualTo(Yen.of(418));
		assertThat(next.payout()).isEqualTo(prepaid.total().minus(Yen.of(418 + 418)));
	}

	@Test
	void aCommissionChangesOnlyForMonthsToComeAndOnlyByTheAgent() {
		YearMonth next = this.thisMonth.plusMonths(1);

		this.settlements.setCommission(this.agentStaff, this.farm, next, new BigDecimal("12.5"));

		assertThat(this.settlements.commission(this.farm, next)).isEqualByComparingTo("12.5");
		assertThat(this.settlements.commission(this.farm, this.thisMonth)).isEqualByComparingTo("10");
		assertThat(this.settlements.terms(Keeper.person(this.farmer), this.farm).upcoming()).hasSize(1);
		assertRefused(() -> this.settlements.setCommission(this.agentStaff, this.farm, this.thisMonth, BigDecimal.ONE),
				"from");
		assertRefused(() -> this.settlements.setCommission(this.agentStaff, this.farm, next, new BigDecimal("50.1")),
				"percent");
		assertRefused(() -> this.settlements.setCommission(this.agentStaff, this.farm, next, new BigDecimal("-1")),
				"percent");
		assertThatExceptionOfType(NotFound.class)
			.isThrownBy(() -> this.settlements.setCommission(this.farmer, this.farm, next, BigDecimal.ONE));
	}

	@Test
	void theTransferFilePaysTheProducersWhoGaveAnAccountInTheBanksCharacters() {
		YearMonth month = this.thisMonth.minusMonths(3);
		Order prepaid = shippedIn(month, 1, PaymentMethod.BANK_TRANSFER);
		this.settlements.close(month);
		LocalDate payday = this.bankingDays.plus(LocalDate.now(Dates.JAPAN), 1);
		assertRefused(() -> this.settlements.transferFile(this.agentStaff, month, payday), "month");

		assertThatExceptionOfType(FieldsRefused.class)
			.isThrownBy(() -> this.settlements.changeAccount(Keeper.person(this.farmer), this.farm,
					new PayoutAccount.Details("0001", "ﾕﾉﾓﾘｼﾝｷﾝ", "001", "ﾎﾝﾃﾝ", AccountType.ORDINARY, "1234567",
							"湯の森農園")))
			.satisfies((refused) -> assertThat(refused.refusals()).extracting(InputRefused::field)
				.containsExactly("holder"));
		assertThatExceptionOfType(NotFound.class)
			.isThrownBy(() -> this.settlements.changeAccount(Keeper.person(UUID.randomUUID()), this.farm,
					new PayoutAccount.Details("0001", "", "001", "", AccountType.ORDINARY, "1234567", "ﾕﾉﾓﾘ")));
		PayoutAccount account = this.settlements.changeAccount(Keeper.person(this.farmer), this.farm,
				new PayoutAccount.Details("０００１", "ゆのもりしんきん", "001", "ほんてん", AccountType.ORDINARY, "7654321",
						"ゆのもり のうえん"));
		assertThat(account.holder()).isEqualTo("ﾕﾉﾓﾘ ﾉｳｴﾝ");

		assertRefused(
				() -> this.settlements.transferFile(this.agentStaff, month, LocalDate.now(Dates.JAPAN).minusDays(1)),
				"date");
		byte[] file = this.settlements.transferFile(this.agentStaff, month, payday);

		String text = new String(file, Charset.forName("Windows-31J"));
		Settlement settlement = this.settlements.statement(Keeper.person(this.farmer), this.farm, month);
		assertThat(text).contains("ﾕﾉﾓﾘ ﾉｳｴﾝ", "7654321", String.format("%010d", settlement.payout().amount()));
		assertThat(settlement.payout()).isEqualTo(prepaid.total().minus(Yen.of(380 + 38)));
		assertThat(settlement.exportedAt()).isPresent();
		assertThatExceptionOfType(NotFound.class)
			.isThrownBy(() -> this.settlements.transferFile(this.farmer, month, payday));
	}

	/** An order of the farm's rice, shipped in the month as the farm shipped it. */
	private Order shippedIn(YearMonth month, int quantity, PaymentMethod payment) {
		CheckoutRequest request = new CheckoutRequest(
				List.of(new CartLine(this.rice.id(), this.rice.variants().get(0).id(), quantity)),
				"settled-buyer@example.jp",
				new Addressee("山田 花子", "090-1234-5678", "100-0001", Prefecture.TOKYO, "千代田区千代田1-1"), Optional.empty(),
				payment, null, List.of(), Language.JA, null);
		Order order = this.checkout.place(request, null, null).order();
		if (payment != PaymentMethod.CASH_ON_DELIVERY) {
			// What the bank's notice does (CheckoutPathTests goes that way): paid.
			this.jdbc.sql("UPDATE shop_order SET state = 'PAID', paid_at = CURRENT_TIMESTAMP WHERE id = :id")
				.param("id", order.id())
				.update();
		}
		for (Shipment shipment : order.shipments()) {
			this.fulfilment.ship(Keeper.person(this.farmer), shipment.id(), "123456789012");
			this.jdbc.sql("UPDATE shop_shipment SET shipped_at = :at WHERE id = :id")
				.param("at", month.atDay(15).atTime(LocalTime.NOON).atZone(Dates.JAPAN).toOffsetDateTime())
				.param("id", shipment.id())
				.update();
		}
		return order;
	}

	private static void assertRefused(Runnable call, String field) {
		assertThatExceptionOfType(InputRefused.class).isThrownBy(call::run)
			.satisfies((refused) -> assertThat(refused.field()).isEqualTo(field));
	}

}
