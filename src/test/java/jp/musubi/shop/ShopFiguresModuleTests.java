package jp.musubi.shop;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.web.Dates;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.shop.figures.PrefectureSales;
import jp.musubi.shop.figures.ProducerFigures;
import jp.musubi.shop.figures.ProductSales;
import jp.musubi.shop.figures.SalesCount;
import jp.musubi.shop.figures.SalesFigures;
import jp.musubi.shop.figures.SalesPeriod;
import jp.musubi.shop.figures.ShopFigures;
import jp.musubi.shop.order.Addressee;
import jp.musubi.shop.order.Checkout;
import jp.musubi.shop.order.CheckoutRequest;
import jp.musubi.shop.order.CheckoutRequest.CartLine;
import jp.musubi.shop.order.Order;
import jp.musubi.shop.order.OrderState;
import jp.musubi.shop.order.Orders;
import jp.musubi.shop.order.PaymentMethod;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.ProductExamples;
import jp.musubi.shop.product.ProductTerms;
import jp.musubi.shop.product.Products;
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
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.BDDMockito.given;

/**
 * The shop's sales figures from orders placed through checkout on the real database, in
 * the region of 福島県 (the default): a gift sent home from Tokyo is sold outside the region
 * by its buyer and inside by its delivery, only sold orders count, a buyer who came back
 * is counted as one, and the best sellers come first. Each test moves its orders into a
 * past month of its own, which the other tests sharing the database leave alone.
 */
@ApplicationModuleTest
// The same context as ShopModuleTests and CheckoutModuleTests, cached once for all.
// A search index of its own, as WorkModuleTests has: the whole application's context,
// cached beside this one, holds the write lock of the shared one.
@TestPropertySource(properties = { "musubi.demo.enabled=false", "jobrunr.background-job-server.enabled=false",
		"MUSUBI_SEARCH_DIR=${musubi.data-dir}/shop-module-search" })
class ShopFiguresModuleTests {

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
	Checkout checkout;

	@Autowired
	Orders orders;

	@Autowired
	ShopFigures figures;

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
		this.rice = published(this.farmer, this.farm, ProductExamples.rice(), 50);
		this.peaches = published(this.farmer, this.farm, ProductExamples.peaches(), 50);
		this.sake = published(this.brewer, this.brewery, ProductExamples.sake(), 50);
	}

	@Test
	void aTokyoBuyersGiftIntoTheRegionSellsOutsideByBuyerAndInsideByDelivery() {
		YearMonth month = YearMonth.of(2021, 4);
		placedIn(month, paidAtTheDoor(uniqueEmail("gift"), tokyo(), Optional.of(inFukushima()), line(this.rice, 1)));
		placedIn(month, paidAtTheDoor(uniqueEmail("local"), inFukushima(), Optional.empty(), line(this.rice, 2)));
		placedIn(month, paidAtTheDoor(uniqueEmail("osaka"), osaka(), Optional.empty(), line(this.peaches, 1)));

		SalesFigures sales = this.figures.sales(SalesPeriod.of(month));

		assertThat(sales.region()).isEqualTo(Prefecture.FUKUSHIMA);
		assertThat(sales.total()).isEqualTo(new SalesCount(Yen.of(3_800 + 2 * 3_800 + 4_500), 3, 3));
		assertThat(sales.byBuyer().inside().sales()).as("only the buyer who lives in the region")
			.isEqualTo(new SalesCount(Yen.of(7_600), 1, 1));
		assertThat(sales.byBuyer().outside().sales()).as("the Tokyo buyer's gift and the Osaka order")
			.isEqualTo(new SalesCount(Yen.of(3_800 + 4_500), 2, 2));
		assertThat(sales.byDelivery().inside().sales()).as("the gift went into the region")
			.isEqualTo(new SalesCount(Yen.of(3_800 + 7_600), 2, 2));
		assertThat(sales.byDelivery().outside().sales()).isEqualTo(new SalesCount(Yen.of(4_500), 1, 1));
		assertThat(sales.byBuyer().inside().buyerPercent()).isEqualByComparingTo("33.3");
		assertThat(sales.byBuyer().outside().buyerPercent()).isEqualByComparingTo("66.7");
		assertThat(sales.byBuyer().inside().seedPercent()).isEqualTo(30);
		assertThat(sales.byDelivery().inside().yenPercent()).isEqualByComparingTo("71.7");
		assertThat(sales.byBuyerPrefecture()).extracting(PrefectureSales::prefecture)
			.as("in JIS order, only those with sales")
			.containsExactly(Prefecture.FUKUSHIMA, Prefecture.TOKYO, Prefecture.OSAKA);
		assertThat(sales.byBuyerPrefecture().get(0).inRegion()).isTrue();
		assertThat(sales.byBuyerPrefecture().get(0).yenPercent()).isEqualByComparingTo("47.8");
		assertThat(sales.byDeliveryPrefecture()).extracting(PrefectureSales::prefecture)
			.containsExactly(Prefecture.FUKUSHIMA, Prefecture.OSAKA);
		assertThat(sales.byDeliveryPrefecture().get(0).sales()).isEqualTo(new SalesCount(Yen.of(11_400), 2, 2));
	}

	@Test
	void ordersAwaitingPaymentOrExpiredAreNotSales() {
		YearMonth month = YearMonth.of(2021, 5);
		placedIn(month, paidAtTheDoor(uniqueEmail("sold"), line(this.rice, 1)));
		Order awaiting = placedIn(month, byTransfer(uniqueEmail("awaiting"), line(this.rice, 3)));
		Order expired = placedIn(month, byTransfer(uniqueEmail("expired"), line(this.peaches, 1)));
		this.jdbc.sql("UPDATE shop_order SET pay_by = pay_by - INTERVAL '30' DAY WHERE id = :id")
			.param("id", expired.id())
			.update();
		this.orders.expireUnpaid();
		assertThat(state(awaiting)).isEqualTo(OrderState.AWAITING_PAYMENT);
		assertThat(state(expired)).isEqualTo(OrderState.EXPIRED);

		SalesFigures sales = this.figures.sales(SalesPeriod.of(month));

		assertThat(sales.total()).isEqualTo(new SalesCount(Yen.of(3_800), 1, 1));
		assertThat(sales.topProducts()).extracting(ProductSales::name, ProductSales::units)
			.containsExactly(tuple("ゆのもり産コシヒカリ", 1L));
		assertThat(sales.repeatBuyers().buyers()).isEqualTo(1);
	}

	@Test
	void aBuyerWithTwoSoldOrdersByThePeriodsEndCameBackWhateverTheCaseOfTheirAddress() {
		YearMonth month = YearMonth.of(2021, 7);
		String back = uniqueEmail("back");
		placedIn(month.minusMonths(5), paidAtTheDoor(back.toUpperCase(), line(this.rice, 1)));
		placedIn(month, paidAtTheDoor(back, line(this.rice, 1)));
		String twice = uniqueEmail("twice");
		placedIn(month, paidAtTheDoor(twice, line(this.rice, 1)));
		placedIn(month, paidAtTheDoor(twice, line(this.rice, 1)));
		String unpaidBefore = uniqueEmail("unpaid");
		Order expired = placedIn(month.minusMonths(5), byTransfer(unpaidBefore, line(this.rice, 1)));
		this.jdbc.sql("UPDATE shop_order SET pay_by = pay_by - INTERVAL '30' DAY WHERE id = :id")
			.param("id", expired.id())
			.update();
		this.orders.expireUnpaid();
		placedIn(month, paidAtTheDoor(unpaidBefore, line(this.rice, 1)));
		String later = uniqueEmail("later");
		placedIn(month, paidAtTheDoor(later, line(this.rice, 1)));
		placedIn(month.plusMonths(1), paidAtTheDoor(later, line(this.rice, 1)));

		SalesFigures sales = this.figures.sales(SalesPeriod.of(month));

		assertThat(sales.repeatBuyers().buyers()).isEqualTo(4);
		assertThat(sales.repeatBuyers().repeaters()).as("the one back after five months and the one who ordered twice")
			.isEqualTo(2);
		assertThat(sales.repeatBuyers().percent()).isEqualByComparingTo("50.0");
		assertThat(sales.total().buyers()).isEqualTo(4);
	}

	@Test
	void theBestSellersComeFirstBySalesWithTheirUnitsAndProducers() {
		YearMonth month = YearMonth.of(2021, 9);
		placedIn(month, paidAtTheDoor(uniqueEmail("peaches"), line(this.peaches, 2)));
		CheckoutRequest mixed = new CheckoutRequest(List.of(line(this.rice, 1), line(this.sake, 2)),
				uniqueEmail("mixed"), tokyo(), Optional.empty(), PaymentMethod.CASH_ON_DELIVERY,
				LocalDate.of(1980, 4, 1), List.of(), Language.JA, null);
		placedIn(month, this.checkout.place(mixed, null, null).order());

		SalesFigures sales = this.figures.sales(SalesPeriod.of(month));

		assertThat(sales.topProducts())
			.extracting((product) -> product.name() + " " + product.producer() + " " + product.units() + " "
					+ product.yen().amount())
			.containsExactly("白桃(6玉) ゆのもり農園 2 9000", "ゆのもり産コシヒカリ ゆのもり農園 1 3800", "純米酒 湯の森 ゆのもり酒造 2 3300");
	}

	@Test
	void aProducerCountsItsOwnLinesOnlyAndNoOneElseReadsThem() {
		YearMonth month = YearMonth.of(2021, 10);
		placedIn(month, paidAtTheDoor(uniqueEmail("peaches"), line(this.peaches, 1)));
		CheckoutRequest mixed = new CheckoutRequest(List.of(line(this.rice, 1), line(this.sake, 2)),
				uniqueEmail("mixed"), osaka(), Optional.empty(), PaymentMethod.CASH_ON_DELIVERY,
				LocalDate.of(1980, 4, 1), List.of(), Language.JA, null);
		placedIn(month, this.checkout.place(mixed, null, null).order());
		CheckoutRequest sakeHome = new CheckoutRequest(List.of(line(this.sake, 1)), uniqueEmail("sake"), inFukushima(),
				Optional.empty(), PaymentMethod.CASH_ON_DELIVERY, LocalDate.of(1980, 4, 1), List.of(), Language.JA,
				null);
		placedIn(month, this.checkout.place(sakeHome, null, null).order());

		ProducerFigures farm = this.figures.producerSales(Keeper.person(this.farmer), this.farm, SalesPeriod.of(month));

		assertThat(farm.total()).as("its peaches and rice, not the brewery's sake in the same order")
			.isEqualTo(new SalesCount(Yen.of(4_500 + 3_800), 2, 2));
		assertThat(farm.byDelivery().outside().sales()).isEqualTo(new SalesCount(Yen.of(8_300), 2, 0));
		assertThat(farm.byDelivery().inside().sales().orders()).isZero();
		assertThat(farm.topProducts()).extracting(ProductSales::name).containsExactly("白桃(6玉)", "ゆのもり産コシヒカリ");
		assertThat(farm.byBuyerPrefecture()).as("one buyer each: where they live is not the farm's to see").isEmpty();
		assertThat(farm.othersHidden()).isTrue();
		assertThat(farm.outside().isHidden()).isTrue();
		assertThat(this.figures.producerSales(Keeper.person(this.brewer), this.brewery, SalesPeriod.of(month))
			.total()
			.yen()).isEqualTo(Yen.of(3 * 1_650));
		assertThatExceptionOfType(NotFound.class)
			.isThrownBy(() -> this.figures.producerSales(Keeper.person(this.brewer), this.farm, SalesPeriod.of(month)));
		assertThatExceptionOfType(NotFound.class)
			.isThrownBy(() -> this.figures.producerName(Keeper.person(UUID.randomUUID()), this.farm));
	}

	@Test
	void aPeriodWithoutSalesHasNoSharesToShow() {
		SalesFigures sales = this.figures.sales(SalesPeriod.of(YearMonth.of(2020, 2)));

		assertThat(sales.hasSales()).isFalse();
		assertThat(sales.byBuyer().inside().yenPercent()).isNull();
		assertThat(sales.byBuyerPrefecture()).isEmpty();
		assertThat(sales.topProducts()).isEmpty();
		assertThat(sales.repeatBuyers().percent()).isNull();
	}

	@Test
	void aMonthThatIsNoneIsRefusedOnItsField() {
		assertThatExceptionOfType(InputRefused.class).isThrownBy(() -> this.figures.period("2021-13", null, null))
			.satisfies((refused) -> assertThat(refused.field()).isEqualTo("month"))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("shop.figures.refused.month"));
	}

	private Order placedIn(YearMonth month, Order order) {
		this.jdbc.sql("UPDATE shop_order SET placed_at = :at WHERE id = :id")
			.param("at", month.atDay(10).atTime(LocalTime.NOON).atZone(Dates.JAPAN).toOffsetDateTime())
			.param("id", order.id())
			.update();
		return order;
	}

	/** A buyer in Tokyo who has the order sent to themselves. */
	private Order paidAtTheDoor(String email, CartLine line) {
		return paidAtTheDoor(email, tokyo(), Optional.empty(), line);
	}

	private Order paidAtTheDoor(String email, Addressee buyer, Optional<Addressee> recipient, CartLine line) {
		return this.checkout
			.place(new CheckoutRequest(List.of(line), email, buyer, recipient, PaymentMethod.CASH_ON_DELIVERY, null,
					List.of(), Language.JA, null), null, null)
			.order();
	}

	private Order byTransfer(String email, CartLine line) {
		return this.checkout
			.place(new CheckoutRequest(List.of(line), email, tokyo(), Optional.empty(), PaymentMethod.BANK_TRANSFER,
					null, List.of(), Language.JA, null), null, null)
			.order();
	}

	private OrderState state(Order order) {
		return this.orders.forBuyer(order.id(), null, order.viewToken()).state();
	}

	private static Addressee tokyo() {
		return new Addressee("山田 花子", "090-1234-5678", "100-0001", Prefecture.TOKYO, "千代田区千代田1-1");
	}

	private static Addressee inFukushima() {
		return new Addressee("佐藤 一郎", "024-521-1111", "960-8670", Prefecture.FUKUSHIMA, "福島市杉妻町2-16");
	}

	private static Addressee osaka() {
		return new Addressee("鈴木 次郎", "06-1234-5678", "530-0001", Prefecture.OSAKA, "大阪市北区梅田1-1");
	}

	private static String uniqueEmail(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
	}

	private static CartLine line(Product product, int quantity) {
		return new CartLine(product.id(), product.variants().get(0).id(), quantity);
	}

	private Product published(UUID person, UUID producer, ProductTerms terms, int units) {
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
