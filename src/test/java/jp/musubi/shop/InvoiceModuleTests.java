package jp.musubi.shop;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.ConsumptionTaxRate;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.shop.invoice.Invoice;
import jp.musubi.shop.invoice.InvoiceDocument;
import jp.musubi.shop.invoice.Invoices;
import jp.musubi.shop.order.Addressee;
import jp.musubi.shop.order.Checkout;
import jp.musubi.shop.order.CheckoutRequest;
import jp.musubi.shop.order.CheckoutRequest.CartLine;
import jp.musubi.shop.order.Fulfilment;
import jp.musubi.shop.order.Order;
import jp.musubi.shop.order.PaymentMethod;
import jp.musubi.shop.order.Quote;
import jp.musubi.shop.order.Shipment;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.ProductExamples;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.shipping.ShippingOfferExamples;
import jp.musubi.shop.shipping.ShippingTerms;
import jp.musubi.shop.stock.Stock;
import jp.musubi.shop.storefront.InvoiceRegistration;
import jp.musubi.shop.storefront.OperatorTerms;
import jp.musubi.shop.storefront.StorefrontExamples;
import jp.musubi.shop.storefront.StorefrontTerms;
import jp.musubi.shop.storefront.Storefronts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;

/**
 * Invoices on the real database: a sold order gets one invoice, issued by the agent; a
 * registered producer's goods go on the qualified invoice with the tax per rate rounded
 * once, an unregistered producer's are marked インボイス非対応, and what the invoice says is kept
 * as it was issued.
 */
@ApplicationModuleTest
// The same context as ShopModuleTests, cached once for all the shop's module tests.
// A search index of its own, as WorkModuleTests has: the whole application's context,
// cached beside this one, holds the write lock of the shared one.
@TestPropertySource(properties = { "musubi.demo.enabled=false", "jobrunr.background-job-server.enabled=false",
		"MUSUBI_SEARCH_DIR=${musubi.data-dir}/shop-module-search" })
class InvoiceModuleTests {

	private static final String AGENT_REGISTRATION = "T" + StorefrontExamples.CORPORATE_NUMBER;

	private final UUID farm = UUID.randomUUID();

	private final UUID farmer = UUID.randomUUID();

	private final UUID brewery = UUID.randomUUID();

	private final UUID brewer = UUID.randomUUID();

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
	Invoices invoices;

	private Product rice;

	private Product sake;

	@BeforeEach
	void producers() {
		producer(this.farm, this.farmer, "ゆのもり農園");
		producer(this.brewery, this.brewer, "ゆのもり酒造");
		UUID agent = UUID.randomUUID();
		given(this.accounts.organisationsOf(this.agentStaff)).willReturn(List
			.of(new OrganisationSummary(agent, "ゆのもり地域振興会", OrganisationType.AGENT, Prefecture.FUKUSHIMA, null, null)));
		this.storefronts.edit(this.farmer, this.farm, StorefrontExamples.brewery());
		this.storefronts.edit(this.brewer, this.brewery, unregistered(StorefrontExamples.brewery()));
		this.shipping.change(Keeper.person(this.farmer), this.farm, ShippingOfferExamples.farm());
		this.shipping.change(Keeper.person(this.brewer), this.brewery, ShippingOfferExamples.farm());
		this.rice = published(this.farmer, this.farm, ProductExamples.rice());
		this.sake = published(this.brewer, this.brewery, ProductExamples.sake());
	}

	@Test
	void aRegisteredProducersGoodsGoOnTheQualifiedInvoiceAndAnUnregisteredOnesAreMarkedApart() {
		operator(AGENT_REGISTRATION);
		Order order = placeCashOnDelivery();

		assertThat(this.invoices.issue(order.id())).as("paid at the door and not shipped: not sold yet").isEmpty();
		assertThat(this.invoices.forBuyer(order.id(), null, order.viewToken())).isEmpty();

		shipEverything(order);
		Invoice invoice = this.invoices.issue(order.id()).orElseThrow();
		InvoiceDocument document = this.invoices.forBuyer(order.id(), null, order.viewToken()).orElseThrow();

		assertThat(invoice.issuer().registration()).isEqualTo(AGENT_REGISTRATION);
		assertThat(document.titleKey()).isEqualTo("shop.invoice.title.qualified");
		assertThat(document.qualified().sellers()).extracting(Invoice.Seller::producerId).containsExactly(this.farm);
		assertThat(document.qualified().shipments()).allMatch((shipment) -> shipment.producerId().equals(this.farm));
		assertThat(document.plain().sellers()).extracting(Invoice.Seller::producerId).containsExactly(this.brewery);
		assertThat(document.plain().sellers().get(0).registration()).isNull();
		Shipment farmShipment = document.qualified().shipments().get(0);
		assertThat(document.qualified().taxes()).containsExactlyInAnyOrder(
				new Quote.TaxLine(ConsumptionTaxRate.REDUCED, Yen.of(3_800), Yen.of(281)),
				new Quote.TaxLine(ConsumptionTaxRate.STANDARD,
						farmShipment.fee().plus(farmShipment.cashOnDeliveryFee()),
						Yen.of((farmShipment.fee().plus(farmShipment.cashOnDeliveryFee()).amount()) * 10 / 110)));
		assertThat(document.plain().taxes()).extracting(Quote.TaxLine::rate)
			.containsExactly(ConsumptionTaxRate.STANDARD);
		assertThat(document.qualified().total().plus(document.plain().total())).isEqualTo(order.total());
		assertThatExceptionOfType(NotFound.class)
			.isThrownBy(() -> this.invoices.forBuyer(order.id(), UUID.randomUUID(), "guess"));
	}

	@Test
	void anInvoiceIsIssuedOnceAndKeepsTheRegistrationsItWasIssuedWith() {
		operator(AGENT_REGISTRATION);
		Order order = placeCashOnDelivery();
		shipEverything(order);
		Invoice first = this.invoices.issue(order.id()).orElseThrow();

		this.storefronts.edit(this.farmer, this.farm, unregistered(StorefrontExamples.brewery()));
		Invoice again = this.invoices.issue(order.id()).orElseThrow();

		assertThat(again.issuedAt().truncatedTo(ChronoUnit.MILLIS))
			.isEqualTo(first.issuedAt().truncatedTo(ChronoUnit.MILLIS));
		assertThat(again.isQualified(this.farm)).isTrue();
	}

	@Test
	void whenTheAgentIsNotRegisteredNothingIsAQualifiedInvoice() {
		operator(null);
		Order order = placeCashOnDelivery();
		shipEverything(order);

		InvoiceDocument document = this.invoices.issue(order.id())
			.map((invoice) -> this.invoices.forBuyer(order.id(), null, order.viewToken()).orElseThrow())
			.orElseThrow();

		assertThat(document.qualified().isEmpty()).isTrue();
		assertThat(document.titleKey()).isEqualTo("shop.invoice.title.statement");
		assertThat(document.plain().total()).isEqualTo(order.total());
	}

	private Order placeCashOnDelivery() {
		CheckoutRequest request = new CheckoutRequest(
				List.of(new CartLine(this.rice.id(), this.rice.variants().get(0).id(), 1),
						new CartLine(this.sake.id(), this.sake.variants().get(0).id(), 1)),
				"invoice-buyer@example.jp",
				new Addressee("山田 花子", "090-1234-5678", "100-0001", Prefecture.TOKYO, "千代田区千代田1-1"), Optional.empty(),
				PaymentMethod.CASH_ON_DELIVERY, LocalDate.of(1980, 4, 1), List.of(), Language.JA, null);
		return this.checkout.place(request, null, null).order();
	}

	private void shipEverything(Order order) {
		int n = 0;
		for (Shipment shipment : order.shipments()) {
			UUID person = shipment.producerId().equals(this.farm) ? this.farmer : this.brewer;
			this.fulfilment.ship(Keeper.person(person), shipment.id(), "12345678901" + n++);
		}
	}

	private void operator(String registration) {
		this.storefronts.editOperatorNotice(this.agentStaff, new OperatorTerms(StorefrontExamples.completeNotice(),
				(registration != null) ? new InvoiceRegistration(registration, true) : null));
	}

	private static StorefrontTerms unregistered(StorefrontTerms terms) {
		return new StorefrontTerms(terms.texts(), terms.location(), terms.notice(), terms.foodPermits(),
				terms.liquorLicence(), null);
	}

	private Product published(UUID person, UUID producer, jp.musubi.shop.product.ProductTerms terms) {
		Product product = this.products.add(Keeper.person(person), producer, terms);
		this.products.publish(Keeper.person(person), product.id());
		product.variants()
			.forEach((variant) -> this.stock.set(Keeper.person(person), product.id(),
					List.of(new Stock.Count(variant.id(), 20, null))));
		return this.products.published(product.id());
	}

	private void producer(UUID organisation, UUID person, String name) {
		given(this.accounts.organisation(organisation)).willReturn(Optional.of(new OrganisationSummary(organisation,
				name, OrganisationType.PRODUCER, Prefecture.FUKUSHIMA, null, null)));
		given(this.accounts.isMember(person, organisation)).willReturn(true);
	}

}
