package jp.musubi.shop;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.shop.storefront.InvoiceRegistration;
import jp.musubi.shop.storefront.OperatorTerms;
import jp.musubi.shop.storefront.SellerNotice;
import jp.musubi.shop.storefront.Storefront;
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
 * Storefronts in the database, with the accounts module answering who acts for which
 * producer: a producer's people keep its storefront and notice as written, the product
 * feature learns whether it may sell and list liquor, and the agent's people alone keep
 * the operator's notice.
 */
@ApplicationModuleTest
// A search index of its own, as WorkModuleTests has: the whole application's context,
// cached beside this one, holds the write lock of the shared one. Every shop module test
// names the same, so that they share one context.
@TestPropertySource(properties = { "musubi.demo.enabled=false", "jobrunr.background-job-server.enabled=false",
		"MUSUBI_SEARCH_DIR=${musubi.data-dir}/shop-module-search" })
class StorefrontModuleTests {

	private static final UUID BREWERY = UUID.randomUUID();

	private static final UUID BREWER = UUID.randomUUID();

	private static final UUID FARM = UUID.randomUUID();

	private static final UUID FARMER = UUID.randomUUID();

	private static final UUID AGENT = UUID.randomUUID();

	private static final UUID AGENT_STAFF = UUID.randomUUID();

	@MockitoBean
	Accounts accounts;

	@Autowired
	Storefronts storefronts;

	@BeforeEach
	void organisations() {
		producer(BREWERY, BREWER);
		producer(FARM, FARMER);
		given(this.accounts.organisationsOf(AGENT_STAFF)).willReturn(List.of(new OrganisationSummary(AGENT,
				"ゆのもり地域連携機構", OrganisationType.AGENT, Prefecture.FUKUSHIMA, null, null)));
	}

	@Test
	void aProducersPeopleKeepItsStorefrontAndItOpensWhenTheNoticeIsComplete() {
		this.storefronts.edit(FARMER, FARM, StorefrontExamples.farmJustStarted());

		assertThat(this.storefronts.isOpen(FARM)).isFalse();
		assertThat(this.storefronts.mayListLiquor(FARM)).isFalse();

		this.storefronts.edit(BREWER, BREWERY, StorefrontExamples.brewery());

		Storefront saved = this.storefronts.find(BREWERY).orElseThrow();
		assertThat(saved.name(Language.EN)).isEqualTo("Yunomori Brewery");
		assertThat(saved.notice()).isEqualTo(StorefrontExamples.completeNotice());
		assertThat(saved.foodPermits()).isEqualTo(StorefrontExamples.brewery().foodPermits());
		assertThat(saved.liquorLicence()).contains(StorefrontExamples.brewery().liquorLicence());
		assertThat(saved.invoice()).contains(new InvoiceRegistration("T7123456789012", true));
		assertThat(saved.location().latitude()).isEqualByComparingTo("37.5");
		assertThat(saved.location().prefecture()).isEqualTo(Prefecture.FUKUSHIMA);
		assertThat(this.storefronts.isOpen(BREWERY)).isTrue();
		assertThat(this.storefronts.mayListLiquor(BREWERY)).isTrue();
		assertThat(this.storefronts.isOpen(UUID.randomUUID())).isFalse();

		// Changed whole: the permits go, the liquor licence with them.
		StorefrontTerms brewery = StorefrontExamples.brewery();
		this.storefronts.edit(BREWER, BREWERY,
				new StorefrontTerms(brewery.texts(), brewery.location(), brewery.notice(), List.of(), null, null));
		assertThat(this.storefronts.find(BREWERY).orElseThrow().foodPermits()).isEmpty();
		assertThat(this.storefronts.mayListLiquor(BREWERY)).isFalse();
	}

	@Test
	void nobodyButTheProducersPeopleChangesItsStorefrontAndBadTermsChangeNothing() {
		this.storefronts.edit(BREWER, BREWERY, StorefrontExamples.brewery());

		assertThatExceptionOfType(NotFound.class)
			.isThrownBy(() -> this.storefronts.edit(FARMER, BREWERY, StorefrontExamples.farmJustStarted()));
		assertThatExceptionOfType(NotFound.class).isThrownBy(() -> this.storefronts.forEditing(FARMER, BREWERY));
		assertThatExceptionOfType(NotFound.class)
			.isThrownBy(() -> this.storefronts.editWithToken(FARM, BREWERY, StorefrontExamples.farmJustStarted()));
		// The agent's people act for the agent, which sells nothing.
		assertThatExceptionOfType(NotFound.class)
			.isThrownBy(() -> this.storefronts.edit(AGENT_STAFF, AGENT, StorefrontExamples.farmJustStarted()));

		SellerNotice complete = StorefrontExamples.completeNotice();
		SellerNotice badPhone = new SellerNotice(complete.legalName(), complete.address(), "電話",
				complete.responsiblePerson(), complete.prices(), complete.shippingFees(), complete.paymentMethods(),
				complete.paymentTiming(), complete.deliveryTiming(), complete.returns());
		assertThatExceptionOfType(FieldsRefused.class)
			.isThrownBy(() -> this.storefronts.edit(BREWER, BREWERY, StorefrontExamples.breweryWith(badPhone)));
		assertThat(this.storefronts.find(BREWERY).orElseThrow().notice().phone()).isEqualTo("0241-00-1234");
	}

	@Test
	void theAgentsPeopleAloneKeepTheOperatorsNotice() {
		OperatorTerms terms = new OperatorTerms(StorefrontExamples.completeNotice(), null);

		assertThatExceptionOfType(NotFound.class).isThrownBy(() -> this.storefronts.editOperatorNotice(BREWER, terms));

		this.storefronts.editOperatorNotice(AGENT_STAFF, terms);
		this.storefronts.editOperatorNotice(AGENT_STAFF,
				new OperatorTerms(terms.notice(), new InvoiceRegistration("T7123456789012", true)));

		assertThat(this.storefronts.operatorNotice().orElseThrow().notice()).isEqualTo(terms.notice());
		assertThat(this.storefronts.operatorNotice().orElseThrow().invoice())
			.contains(new InvoiceRegistration("T7123456789012", true));
	}

	private void producer(UUID organisation, UUID person) {
		given(this.accounts.organisation(organisation)).willReturn(Optional.of(new OrganisationSummary(organisation,
				"ゆのもり酒造", OrganisationType.PRODUCER, Prefecture.FUKUSHIMA, null, null)));
		given(this.accounts.isMember(person, organisation)).willReturn(true);
	}

}
