package jp.musubi.shop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.ConsumptionTaxRate;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.shop.order.Addressee;
import jp.musubi.shop.order.Checkout;
import jp.musubi.shop.order.CheckoutRequest;
import jp.musubi.shop.order.CheckoutRequest.CartLine;
import jp.musubi.shop.order.CheckoutRequest.ShipmentChoice;
import jp.musubi.shop.order.Order;
import jp.musubi.shop.order.OrderState;
import jp.musubi.shop.order.Orders;
import jp.musubi.shop.order.PaymentMethod;
import jp.musubi.shop.order.Quotation;
import jp.musubi.shop.order.Quote;
import jp.musubi.shop.order.QuoteChanged;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.ProductExamples;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.shipping.ShippingMethod;
import jp.musubi.shop.shipping.ShippingOfferExamples;
import jp.musubi.shop.shipping.ShippingTerms;
import jp.musubi.shop.shipping.Temperature;
import jp.musubi.shop.shipping.TimeSlot;
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
 * Checkout on the real database: a buyer's cart across producers becomes one order with a
 * shipment per producer and temperature, the units are taken in the order's transaction
 * and never oversold, a retried order makes one order, and every bad input is refused
 * with nothing taken.
 */
@ApplicationModuleTest
// The same context as ShopModuleTests, cached once for both.
// A search index of its own, as WorkModuleTests has: the whole application's context,
// cached beside this one, holds the write lock of the shared one. Every shop module test
// names the same, so that they share one context.
@TestPropertySource(properties = { "musubi.demo.enabled=false", "jobrunr.background-job-server.enabled=false",
		"MUSUBI_SEARCH_DIR=${musubi.data-dir}/shop-module-search" })
class CheckoutModuleTests {

	private final UUID farm = UUID.randomUUID();

	private final UUID farmer = UUID.randomUUID();

	private final UUID brewery = UUID.randomUUID();

	private final UUID brewer = UUID.randomUUID();

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
	Quotation quotation;

	@Autowired
	Checkout checkout;

	@Autowired
	Orders orders;

	@Autowired
	JdbcClient jdbc;

	private Product rice;

	private Product peaches;

	private Product sake;

	@BeforeEach
	void producers() {
		producer(this.farm, this.farmer, "ゆのもり農園");
		producer(this.brewery, this.brewer, "ゆのもり酒造");
		this.storefronts.edit(this.farmer, this.farm, StorefrontExamples.brewery());
		this.storefronts.edit(this.brewer, this.brewery, StorefrontExamples.brewery());
		this.shipping.change(Keeper.person(this.farmer), this.farm, ShippingOfferExamples.farm());
		this.shipping.change(Keeper.person(this.brewer), this.brewery, ShippingOfferExamples.farm());
		this.rice = published(this.farmer, this.farm, ProductExamples.rice(), 20);
		this.peaches = published(this.farmer, this.farm, ProductExamples.peaches(), 20);
		this.sake = published(this.brewer, this.brewery, ProductExamples.sake(), 20);
	}

	@Test
	void aTokyoBuyersCartAcrossTwoProducersBecomesOneOrderWithAShipmentPerProducerAndTemperature() {
		CheckoutRequest request = request(List.of(line(this.rice, 1), line(this.peaches, 2), line(this.sake, 1)),
				LocalDate.of(1980, 4, 1), PaymentMethod.BANK_TRANSFER, List.of());

		Quote quote = this.quotation.quote(request);

		assertThat(quote.shipments()).extracting((s) -> s.producerName() + " " + s.temperature() + " " + s.method())
			.containsExactly("ゆのもり酒造 AMBIENT TA_Q_BIN", "ゆのもり酒造 CHILLED COOL_TA_Q_BIN", "ゆのもり酒造 AMBIENT TA_Q_BIN");
		assertThat(quote.shipments().get(1).lines().get(0).shipDate()).isEqualTo(LocalDate.of(2027, 7, 20));
		assertThat(quote.shipments().get(1).lines().get(0).orderCutoff()).contains(LocalDate.of(2027, 7, 10));
		assertThat(quote.itemsTotal()).isEqualTo(Yen.of(3_800 + 2 * 4_500 + 1_650));
		assertThat(quote.total()).isEqualTo(quote.itemsTotal().plus(quote.shippingTotal()));
		assertThat(quote.taxes()).extracting(Quote.TaxLine::rate)
			.containsExactlyInAnyOrder(ConsumptionTaxRate.REDUCED, ConsumptionTaxRate.STANDARD);
		Quote.TaxLine reduced = quote.taxes()
			.stream()
			.filter((tax) -> tax.rate() == ConsumptionTaxRate.REDUCED)
			.findFirst()
			.orElseThrow();
		assertThat(reduced.amount()).isEqualTo(Yen.of(12_800));
		assertThat(reduced.tax()).as("12,800 × 8/108, rounded down once").isEqualTo(Yen.of(948));

		Checkout.Placed placed = this.checkout.place(request, "attempt-" + UUID.randomUUID(), quote.total());
		Order order = placed.order();

		assertThat(order.state()).isEqualTo(OrderState.AWAITING_PAYMENT);
		assertThat(order.payBy()).isPresent();
		assertThat(order.shipments()).hasSize(3);
		assertThat(order.lines()).extracting((line) -> line.productName() + " x" + line.quantity())
			.containsExactly("ゆのもり産コシヒカリ x1", "白桃(6玉) x2", "純米酒 湯の森 x1");
		assertThat(order.total()).isEqualTo(quote.total());
		assertThat(available(this.rice)).isEqualTo(19);
		assertThat(available(this.peaches)).isEqualTo(18);
		assertThat(this.orders.forBuyer(order.id(), null, order.viewToken()).number()).isEqualTo(order.number());
		assertThatExceptionOfType(NotFound.class).isThrownBy(() -> this.orders.forBuyer(order.id(), null, "guess"));
		assertThatExceptionOfType(NotFound.class)
			.isThrownBy(() -> this.orders.forBuyer(order.id(), UUID.randomUUID(), null));
	}

	@Test
	void aRetriedOrderWithTheSameKeyMakesOneOrderAndTakesTheUnitsOnce() {
		CheckoutRequest request = request(List.of(line(this.rice, 2)), null, PaymentMethod.CASH_ON_DELIVERY, List.of());
		String key = "retry-" + UUID.randomUUID();

		Checkout.Placed first = this.checkout.place(request, key, null);
		Checkout.Placed again = this.checkout.place(request, key, null);

		assertThat(first.replayed()).isFalse();
		assertThat(again.replayed()).isTrue();
		assertThat(again.order().id()).isEqualTo(first.order().id());
		assertThat(first.order().state()).as("paid at the door: it goes to the producer at once")
			.isEqualTo(OrderState.PREPARING);
		assertThat(first.order().cashOnDeliveryFees()).isEqualTo(Yen.of(330));
		assertThat(available(this.rice)).isEqualTo(18);
		CheckoutRequest other = request(List.of(line(this.rice, 3)), null, PaymentMethod.CASH_ON_DELIVERY, List.of());
		assertThatExceptionOfType(FieldsRefused.class).isThrownBy(() -> this.checkout.place(other, key, null))
			.satisfies((refused) -> assertThat(keys(refused)).containsExactly("idempotencyKey"));
	}

	@Test
	void everyBadInputIsRefusedOnItsFieldAndNothingIsTaken() {
		assertRefused(request(List.of(line(this.rice, 0)), null, PaymentMethod.BANK_TRANSFER, List.of()),
				"lines[0].quantity");
		assertRefused(request(List.of(line(this.rice, 10_000)), null, PaymentMethod.BANK_TRANSFER, List.of()),
				"lines[0].quantity");
		assertRefused(request(List.of(line(this.rice, 21)), null, PaymentMethod.BANK_TRANSFER, List.of()),
				"lines[0].quantity");
		assertRefused(request(List.of(line(this.sake, 1)), null, PaymentMethod.BANK_TRANSFER, List.of()), "birthDate");
		assertRefused(request(List.of(line(this.sake, 1)), LocalDate.now().minusYears(19), PaymentMethod.BANK_TRANSFER,
				List.of()), "birthDate");
		LocalDate past = LocalDate.of(2026, 1, 1);
		assertRefused(
				request(List.of(line(this.rice, 1)), null, PaymentMethod.BANK_TRANSFER, List
					.of(new ShipmentChoice(this.farm, Temperature.AMBIENT, ShippingMethod.TA_Q_BIN, past, null))),
				"shipments[0].deliveryDate");
		assertRefused(request(List.of(line(this.rice, 1)), null, PaymentMethod.BANK_TRANSFER,
				List.of(new ShipmentChoice(this.farm, Temperature.AMBIENT, ShippingMethod.TA_Q_BIN, null,
						TimeSlot.FROM_12_TO_14))),
				"shipments[0].timeSlot");
		CheckoutRequest toOgasawara = new CheckoutRequest(List.of(line(this.peaches, 1)), "buyer@example.jp",
				new Addressee("山田 花子", "090-1234-5678", "100-2101", Prefecture.TOKYO, "小笠原村父島"), Optional.empty(),
				PaymentMethod.BANK_TRANSFER, null, List.of(), Language.JA, null);
		assertRefused(toOgasawara, "shipments[0].method");
		CheckoutRequest badAddress = new CheckoutRequest(List.of(line(this.rice, 1)), "not mail",
				new Addressee("", "12", "1000", null, ""), Optional.empty(), null, null, List.of(), Language.JA, null);
		assertThatExceptionOfType(FieldsRefused.class).isThrownBy(() -> this.checkout.place(badAddress, null, null))
			.satisfies((refused) -> assertThat(keys(refused)).contains("email", "buyer.name", "buyer.phone",
					"buyer.postalCode", "buyer.prefecture", "buyer.address", "payment"));

		CheckoutRequest fine = request(List.of(line(this.rice, 1)), null, PaymentMethod.BANK_TRANSFER, List.of());
		assertThatExceptionOfType(QuoteChanged.class).isThrownBy(() -> this.checkout.place(fine, null, Yen.of(1)));
		assertThat(available(this.rice)).isEqualTo(20);
		assertThat(available(this.sake)).isEqualTo(20);
	}

	@Test
	void anOrderUnpaidByItsDeadlineExpiresAndGivesItsUnitsBack() {
		Order order = this.checkout
			.place(request(List.of(line(this.rice, 5)), null, PaymentMethod.BANK_TRANSFER, List.of()), null, null)
			.order();
		assertThat(available(this.rice)).isEqualTo(15);

		this.jdbc.sql("UPDATE shop_order SET pay_by = pay_by - INTERVAL '30' DAY WHERE id = :id")
			.param("id", order.id())
			.update();
		assertThat(this.orders.expireUnpaid()).isGreaterThanOrEqualTo(1);

		assertThat(this.orders.forBuyer(order.id(), null, order.viewToken()).state()).isEqualTo(OrderState.EXPIRED);
		assertThat(available(this.rice)).isEqualTo(20);
	}

	@Test
	void fiveHundredBuyersAtOnceForFiftyUnitsBuyExactlyFiftyAndTheRestAreToldItIsSoldOut() throws Exception {
		Product bowl = published(this.farmer, this.farm, ProductExamples.bowl(), 50);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService buyers = Executors.newFixedThreadPool(32);
		List<Future<String>> outcomes = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			outcomes.add(buyers.submit(() -> {
				start.await();
				try {
					this.checkout.place(request(List.of(line(bowl, 1)), null, PaymentMethod.BANK_TRANSFER, List.of()),
							UUID.randomUUID().toString(), null);
					return "sold";
				}
				catch (FieldsRefused refused) {
					return refused.refusals().get(0).messageKey();
				}
			}));
		}
		start.countDown();
		List<String> results = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			results.add(outcome.get(2, TimeUnit.MINUTES));
		}
		buyers.shutdown();

		assertThat(results.stream().filter("sold"::equals)).hasSize(50);
		assertThat(results.stream().filter((result) -> !result.equals("sold"))).hasSize(450)
			.allMatch((result) -> result.equals("shop.order.refused.soldOut"));
		assertThat(available(bowl)).isZero();
		assertThat(this.jdbc.sql("SELECT COALESCE(SUM(l.quantity), 0) FROM shop_order_line l WHERE l.product_id = :id")
			.param("id", bowl.id())
			.query(Integer.class)
			.single()).isEqualTo(50);
	}

	private void assertRefused(CheckoutRequest request, String field) {
		assertThatExceptionOfType(FieldsRefused.class).isThrownBy(() -> this.checkout.place(request, null, null))
			.satisfies((refused) -> assertThat(keys(refused)).contains(field));
	}

	private static List<String> keys(FieldsRefused refused) {
		return refused.refusals().stream().map(InputRefused::field).toList();
	}

	private CheckoutRequest request(List<CartLine> lines, LocalDate birthDate, PaymentMethod payment,
			List<ShipmentChoice> choices) {
		return new CheckoutRequest(lines, "buyer@example.jp",
				new Addressee("山田 花子", "090-1234-5678", "100-0001", Prefecture.TOKYO, "千代田区千代田1-1"), Optional.empty(),
				payment, birthDate, choices, Language.JA, null);
	}

	private static CartLine line(Product product, int quantity) {
		return new CartLine(product.id(), product.variants().get(0).id(), quantity);
	}

	private int available(Product product) {
		return this.stock.available(List.of(product.variants().get(0).id())).get(product.variants().get(0).id());
	}

	private Product published(UUID person, UUID producer, jp.musubi.shop.product.ProductTerms terms, int units) {
		Product product = this.products.add(Keeper.person(person), producer, terms);
		this.products.publish(Keeper.person(person), product.id());
		product.variants()
			.forEach((variant) -> this.stock.set(Keeper.person(person), product.id(),
					List.of(new Stock.Count(variant.id(), units, null))));
		return this.products.published(product.id());
	}

	private void producer(UUID organisation, UUID person, String name) {
		given(this.accounts.organisation(organisation)).willReturn(Optional.of(new OrganisationSummary(organisation,
				name, OrganisationType.PRODUCER, Prefecture.FUKUSHIMA, null, null)));
		given(this.accounts.isMember(person, organisation)).willReturn(true);
	}

}
