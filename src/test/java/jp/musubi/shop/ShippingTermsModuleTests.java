package jp.musubi.shop;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.shipping.DeliveryArea;
import jp.musubi.shop.shipping.FreeShipping;
import jp.musubi.shop.shipping.MethodFees;
import jp.musubi.shop.shipping.ShippingMethod;
import jp.musubi.shop.shipping.ShippingOffer;
import jp.musubi.shop.shipping.ShippingOfferExamples;
import jp.musubi.shop.shipping.ShippingTerms;
import jp.musubi.shop.shipping.SizeBand;
import jp.musubi.shop.shipping.ZoneTable;
import jp.musubi.shop.storefront.StorefrontExamples;
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
 * Shipping terms in the database: a producer's people write them by area, checkout reads
 * them by prefecture, a method without an origin leaves from the storefront's prefecture,
 * and nobody else reads or changes them.
 */
@ApplicationModuleTest
// A search index of its own, as WorkModuleTests has: the whole application's context,
// cached beside this one, holds the write lock of the shared one. Every shop module test
// names the same, so that they share one context.
@TestPropertySource(properties = { "musubi.demo.enabled=false", "jobrunr.background-job-server.enabled=false",
		"MUSUBI_SEARCH_DIR=${musubi.data-dir}/shop-module-search" })
class ShippingTermsModuleTests {

	private UUID farm;

	private UUID farmer;

	private UUID brewery;

	private UUID brewer;

	@MockitoBean
	Accounts accounts;

	@Autowired
	ShippingTerms shipping;

	@Autowired
	Storefronts storefronts;

	@BeforeEach
	void producers() {
		// Fresh producers for each test: the class's instance may live across them.
		this.farm = UUID.randomUUID();
		this.farmer = UUID.randomUUID();
		this.brewery = UUID.randomUUID();
		this.brewer = UUID.randomUUID();
		producer(this.farm, this.farmer);
		producer(this.brewery, this.brewer);
	}

	@Test
	void aProducersTermsAreReadBackAsWrittenAndByPrefectureForCheckout() {
		this.storefronts.edit(this.farmer, this.farm, StorefrontExamples.brewery());
		assertThat(this.shipping.of(this.farm)).isEmpty();

		this.shipping.change(Keeper.person(this.farmer), this.farm, ShippingOfferExamples.farm());

		ShippingOffer saved = this.shipping.offer(Keeper.organisation(this.farm), this.farm);
		assertThat(saved.methods()).extracting(MethodFees::method)
			.containsExactly(ShippingMethod.TA_Q_BIN, ShippingMethod.COOL_TA_Q_BIN);
		assertThat(saved.method(ShippingMethod.TA_Q_BIN).orElseThrow().origin()).as("the storefront's prefecture")
			.isEqualTo(Prefecture.FUKUSHIMA);
		assertThat(saved.method(ShippingMethod.COOL_TA_Q_BIN).orElseThrow())
			.isEqualTo(ShippingOfferExamples.coolToKantoAndKansai());
		assertThat(saved.freeShipping()).contains(new FreeShipping(Yen.of(10_000), false));

		List<ZoneTable> tables = this.shipping.of(this.farm);
		assertThat(tables).extracting(ZoneTable::method)
			.containsExactly(ShippingMethod.TA_Q_BIN, ShippingMethod.COOL_TA_Q_BIN);
		SizeBand size200 = ShippingOfferExamples.band(ShippingMethod.TA_Q_BIN, 200);
		assertThat(tables.get(0).fees().get(Prefecture.TOKYO).get(size200)).isEqualTo(Yen.of(1_450 + 7 * 300));
		assertThat(tables.get(0).serves(Prefecture.OKINAWA)).isFalse();
		assertThat(tables.get(1).serves(Prefecture.HOKKAIDO)).isFalse();

		// Changed whole: the cool method goes, and so does free shipping.
		this.shipping.change(Keeper.person(this.farmer), this.farm,
				new ShippingOffer(List.of(ShippingOfferExamples.taQBinFromHome()), Optional.empty()));
		assertThat(this.shipping.of(this.farm)).singleElement()
			.satisfies((table) -> assertThat(table.freeShipping()).isEmpty());
	}

	@Test
	void badTermsChangeNothingAndAMethodNeedsAnOriginWhenTheStorefrontHasNone() {
		this.shipping.change(Keeper.person(this.farmer), this.farm,
				new ShippingOffer(List.of(ShippingOfferExamples.coolToKantoAndKansai()), Optional.empty()));

		assertThatExceptionOfType(FieldsRefused.class)
			.isThrownBy(() -> this.shipping.change(Keeper.person(this.farmer), this.farm,
					new ShippingOffer(List.of(ShippingOfferExamples.taQBinFromHome()), Optional.empty())))
			.satisfies((refused) -> assertThat(refused.refusals()).singleElement()
				.satisfies((refusal) -> assertThat(refusal.field()).isEqualTo("methods[TA_Q_BIN].origin")));
		MethodFees gap = new MethodFees(ShippingMethod.YU_PACK, Prefecture.FUKUSHIMA,
				Map.of(DeliveryArea.KANTO, Map.of(ShippingOfferExamples.band(ShippingMethod.YU_PACK, 60), Yen.of(900))),
				Map.of());
		assertThatExceptionOfType(FieldsRefused.class).isThrownBy(() -> this.shipping.change(Keeper.person(this.farmer),
				this.farm, new ShippingOffer(List.of(gap), Optional.empty())));

		assertThat(this.shipping.of(this.farm)).extracting(ZoneTable::method)
			.containsExactly(ShippingMethod.COOL_TA_Q_BIN);
	}

	@Test
	void nobodyButTheProducersPeopleOrTokenReadsOrChangesItsTerms() {
		this.shipping.change(Keeper.person(this.farmer), this.farm,
				new ShippingOffer(List.of(ShippingOfferExamples.coolToKantoAndKansai()), Optional.empty()));

		assertThatExceptionOfType(NotFound.class)
			.isThrownBy(() -> this.shipping.offer(Keeper.person(this.brewer), this.farm));
		assertThatExceptionOfType(NotFound.class)
			.isThrownBy(() -> this.shipping.offer(Keeper.organisation(this.brewery), this.farm));
		assertThatExceptionOfType(NotFound.class).isThrownBy(
				() -> this.shipping.change(Keeper.person(this.brewer), this.farm, ShippingOfferExamples.farm()));

		assertThat(this.shipping.of(this.farm)).singleElement()
			.satisfies((table) -> assertThat(table.method()).isEqualTo(ShippingMethod.COOL_TA_Q_BIN));
	}

	private void producer(UUID organisation, UUID person) {
		given(this.accounts.organisation(organisation)).willReturn(Optional.of(new OrganisationSummary(organisation,
				"ゆのもり農園", OrganisationType.PRODUCER, Prefecture.FUKUSHIMA, null, null)));
		given(this.accounts.isMember(person, organisation)).willReturn(true);
	}

}
