package jp.musubi.shop.storefront;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.text.Prefecture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A storefront's rules: what its terms refuse, when it opens (the notice of 特定商取引法 第11条
 * complete), when it may list liquor, and how a qualified invoice issuer's number is
 * read.
 */
class StorefrontRulesTests {

	private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

	private static final UUID PRODUCER = UUID.randomUUID();

	@Test
	void aStorefrontWithEveryItemOfTheNoticeIsOpenAndSellsLiquorWithItsLicence() {
		Storefront brewery = new Storefront(PRODUCER, StorefrontExamples.brewery(), NOW);

		assertThat(brewery.isOpen()).isTrue();
		assertThat(brewery.sellsLiquor()).isTrue();
		assertThat(brewery.name(Language.EN)).isEqualTo("Yunomori Brewery");
		assertThat(brewery.name(Language.KO)).isEqualTo("ゆのもり酒造");
		assertThat(brewery.invoice()).contains(new InvoiceRegistration("T7123456789012", true));
		assertThat(brewery.location().postalCode()).isEqualTo("969-3301");
	}

	@Test
	void aStorefrontWithANameOnlyIsKeptButNotOpenAndSellsNoLiquor() {
		Storefront farm = new Storefront(PRODUCER, StorefrontExamples.farmJustStarted(), NOW);

		assertThat(farm.isOpen()).isFalse();
		assertThat(farm.sellsLiquor()).isFalse();
		assertThat(farm.notice().missing()).containsExactly("legalName", "address", "phone", "responsiblePerson",
				"prices", "shippingFees", "paymentMethods", "paymentTiming", "deliveryTiming", "returns");
	}

	@Test
	void eachItemOfTheNoticeLeftOutKeepsTheStorefrontClosed() {
		SellerNotice complete = StorefrontExamples.completeNotice();
		for (String field : SellerNotice.fields()) {
			SellerNotice without = without(complete, field);
			Storefront storefront = new Storefront(PRODUCER, StorefrontExamples.breweryWith(without), NOW);

			assertThat(storefront.isOpen()).as(field).isFalse();
			assertThat(storefront.notice().missing()).as(field).containsExactly(field);
		}
	}

	@Test
	void pricesLeftOutSayTheyAreOnEachProductPageWithTax() {
		assertThat(StorefrontExamples.completeNotice().prices()).isEqualTo("各商品ページに税込価格で表示");
	}

	@Test
	void aStorefrontNeedsAJapaneseName() {
		StorefrontTerms english = new StorefrontTerms(
				Map.of(Language.EN, new StorefrontTerms.Text("Yunomori Orchard", "Peaches.")), null, null, List.of(),
				null, null);

		assertThat(fields(english)).containsExactly("texts[ja].name");
		assertThat(keys(english)).containsExactly("shop.storefront.error.name");
	}

	@Test
	void namesAndStoriesTooLongAreRefusedWithTheirLimit() {
		StorefrontTerms terms = new StorefrontTerms(
				Map.of(Language.JA, new StorefrontTerms.Text("あ".repeat(121), "話".repeat(8_001))), null, null,
				List.of(), null, null);

		List<InputRefused> refusals = terms.refusals();
		assertThat(refusals).extracting(InputRefused::field).containsExactly("texts[ja].name", "texts[ja].story");
		assertThat(refusals).extracting(InputRefused::messageKey).containsOnly("shop.storefront.error.length");
		assertThat(refusals.get(0).arguments()).containsExactly(120);
	}

	@Test
	void aBidirectionalOverrideInAStoryIsRefused() {
		StorefrontTerms terms = new StorefrontTerms(Map.of(Language.JA, new StorefrontTerms.Text("果樹園", "桃\u202Eです")),
				null, null, List.of(), null, null);

		assertThat(keys(terms)).containsExactly("validation.character.202E");
	}

	@Test
	void aPostalCodeThatIsNotSevenDigitsIsRefused() {
		assertThat(keys(withLocation(new Location("96-3301", null, null, null, null))))
			.containsExactly("validation.postalCode");
		assertThat(withLocation(new Location("〒９６９ー３３０１", null, null, null, null)).location().postalCode())
			.isEqualTo("969-3301");
	}

	@Test
	void aPointNeedsBothCoordinatesInsideJapan() {
		assertThat(fields(withLocation(new Location(null, null, null, new BigDecimal("37.5"), null))))
			.containsExactly("location.longitude");
		assertThat(keys(withLocation(new Location(null, null, null, new BigDecimal("37.5"), null))))
			.containsExactly("shop.storefront.error.coordinatesBoth");
		// Latitude and longitude typed the wrong way round.
		StorefrontTerms swapped = withLocation(
				new Location(null, null, null, new BigDecimal("140.1"), new BigDecimal("37.5")));
		assertThat(keys(swapped)).containsExactly("shop.storefront.error.latitude", "shop.storefront.error.longitude");
		assertThat(keys(withLocation(
				new Location(null, Prefecture.OKINAWA, "与那国町", new BigDecimal("24.468"), new BigDecimal("122.99")))))
			.isEmpty();
	}

	@Test
	void anAddressLongerThanTwoHundredCharactersIsRefused() {
		assertThat(fields(withLocation(new Location(null, null, "町".repeat(201), null, null))))
			.containsExactly("location.address");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0241-00-1234", "０２４１－００－１２３４", "03-1234-5678", "(0241) 00-1234", "090-1234-5678",
			"050-1234-5678", "0120-123-456", "0570-012-345", "0800-123-4567" })
	void japanesePhoneNumbersAreTaken(String phone) {
		assertThat(keys(StorefrontExamples.breweryWith(withPhone(phone)))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1234-56-7890", "+81-241-00-1234", "0241-00-123", "090-1234-567", "090-1234-56789",
			"050-123-4567", "電話してください", "0241-00-1234 内線2" })
	void aPhoneNumberThatCannotBeCalledAsPrintedIsRefused(String phone) {
		StorefrontTerms terms = StorefrontExamples.breweryWith(withPhone(phone));

		assertThat(fields(terms)).containsExactly("notice.phone");
		assertThat(keys(terms)).containsExactly("shop.storefront.error.phone");
	}

	@Test
	void noticeItemsLongerThanTheirLimitAreRefused() {
		SellerNotice complete = StorefrontExamples.completeNotice();
		SellerNotice longReturns = new SellerNotice(complete.legalName(), complete.address(), complete.phone(),
				complete.responsiblePerson(), complete.prices(), complete.shippingFees(), complete.paymentMethods(),
				complete.paymentTiming(), complete.deliveryTiming(), "返".repeat(4_001));

		List<InputRefused> refusals = StorefrontExamples.breweryWith(longReturns).refusals();
		assertThat(refusals).extracting(InputRefused::field).containsExactly("notice.returns");
		assertThat(refusals.get(0).arguments()).containsExactly(4_000);
	}

	@Test
	void aFoodPermitNeedsItsCategoryNumberAndHealthCentreAndEmptyRowsAreDropped() {
		StorefrontTerms brewery = StorefrontExamples.brewery();
		StorefrontTerms terms = new StorefrontTerms(brewery.texts(), brewery.location(), brewery.notice(),
				List.of(new FoodPermit("", "", ""), new FoodPermit("菓子製造業", null, "会津保健所")), brewery.liquorLicence(),
				brewery.invoice());

		assertThat(terms.foodPermits()).hasSize(1);
		assertThat(fields(terms)).containsExactly("foodPermits[0].number");
		assertThat(keys(terms)).containsExactly("shop.storefront.error.licencePart");
	}

	@Test
	void moreThanTenFoodPermitsAreRefused() {
		StorefrontTerms brewery = StorefrontExamples.brewery();
		List<FoodPermit> permits = IntStream.rangeClosed(1, 11)
			.mapToObj((i) -> new FoodPermit("菓子製造業", "第" + i + "号", "会津保健所"))
			.toList();
		StorefrontTerms terms = new StorefrontTerms(brewery.texts(), brewery.location(), brewery.notice(), permits,
				brewery.liquorLicence(), brewery.invoice());

		assertThat(fields(terms)).containsExactly("foodPermits");
	}

	@Test
	void aLiquorLicenceNeedsItsTaxOfficeAndManager() {
		StorefrontTerms brewery = StorefrontExamples.brewery();
		StorefrontTerms terms = new StorefrontTerms(brewery.texts(), brewery.location(), brewery.notice(),
				brewery.foodPermits(), new LiquorLicence("会税酒第45号", " ", null), brewery.invoice());

		assertThat(fields(terms)).containsExactly("liquorLicence.taxOffice", "liquorLicence.manager");
		assertThatExceptionOfType(FieldsRefused.class).isThrownBy(() -> new Storefront(PRODUCER, terms, NOW));
	}

	@Test
	void aStorefrontWithoutALicenceDoesNotSellLiquor() {
		StorefrontTerms brewery = StorefrontExamples.brewery();
		StorefrontTerms terms = new StorefrontTerms(brewery.texts(), brewery.location(), brewery.notice(),
				brewery.foodPermits(), new LiquorLicence(" ", "", null), brewery.invoice());

		Storefront storefront = new Storefront(PRODUCER, terms, NOW);
		assertThat(storefront.isOpen()).isTrue();
		assertThat(storefront.sellsLiquor()).isFalse();
		assertThat(storefront.liquorLicence()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "7123456789012", "4011001098993", "2120901007402" })
	void corporateNumbersCheckTheirFirstDigit(String number) {
		assertThat(InvoiceRegistration.isCorporateNumber(number)).isTrue();
		String wrong = ((number.charAt(0) - '0') % 9 + 1) + number.substring(1);
		assertThat(InvoiceRegistration.isCorporateNumber(wrong)).isFalse();
	}

	@Test
	void aRegistrationNumberIsReadAsPeoplePrintIt() {
		assertThat(new InvoiceRegistration("ｔ７-1234-5678-9012", true).number()).isEqualTo("T7123456789012");
		assertThat(keys(withInvoice(new InvoiceRegistration("T7-1234-5678-9012", true)))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "7123456789012", "T712345678901", "T71234567890123", "X7123456789012", "T71234567890１a" })
	void aRegistrationNumberNotTAndThirteenDigitsIsRefused(String number) {
		StorefrontTerms terms = withInvoice(new InvoiceRegistration(number, false));

		assertThat(fields(terms)).containsExactly("invoice.number");
		assertThat(keys(terms)).containsExactly("shop.storefront.error.invoiceNumber");
	}

	@Test
	void aCorporationsRegistrationNumberWithAWrongCheckDigitIsRefusedAndASoleProprietorsIsNot() {
		assertThat(keys(withInvoice(new InvoiceRegistration("T1123456789012", true))))
			.containsExactly("shop.storefront.error.corporateNumber");
		// A sole proprietor's number is the tax office's own: only its form is known.
		assertThat(keys(withInvoice(new InvoiceRegistration("T1123456789012", false)))).isEmpty();
	}

	@Test
	void termsRefusedChangeNothing() {
		Storefront brewery = new Storefront(PRODUCER, StorefrontExamples.brewery(), NOW);

		assertThatExceptionOfType(FieldsRefused.class)
			.isThrownBy(() -> brewery.change(StorefrontExamples.breweryWith(withPhone("電話")), NOW));
		assertThat(brewery.notice().phone()).isEqualTo("0241-00-1234");
	}

	@Test
	void theOperatorsNoticeNeedsEveryItem() {
		SellerNotice notice = without(StorefrontExamples.completeNotice(), "returns");

		List<InputRefused> refusals = new OperatorTerms(notice, null).refusals();
		assertThat(refusals).extracting(InputRefused::field).containsExactly("notice.returns");
		assertThat(refusals).extracting(InputRefused::messageKey).containsExactly("shop.storefront.error.required");
		assertThat(new OperatorTerms(StorefrontExamples.completeNotice(),
				new InvoiceRegistration("T" + StorefrontExamples.CORPORATE_NUMBER, true))
			.refusals()).isEmpty();
	}

	@Test
	void theOperatorsNoticeIsTakenWholeOrNotAtAll() {
		OperatorNotice operator = new OperatorNotice(new OperatorTerms(StorefrontExamples.completeNotice(), null), NOW);

		assertThatExceptionOfType(FieldsRefused.class)
			.isThrownBy(() -> operator.change(new OperatorTerms(SellerNotice.EMPTY, null), NOW));
		assertThat(operator.notice()).isEqualTo(StorefrontExamples.completeNotice());
	}

	private static SellerNotice withPhone(String phone) {
		SellerNotice n = StorefrontExamples.completeNotice();
		return new SellerNotice(n.legalName(), n.address(), phone, n.responsiblePerson(), n.prices(), n.shippingFees(),
				n.paymentMethods(), n.paymentTiming(), n.deliveryTiming(), n.returns());
	}

	private static SellerNotice without(SellerNotice n, String field) {
		return new SellerNotice(blank(field, "legalName", n.legalName()), blank(field, "address", n.address()),
				blank(field, "phone", n.phone()), blank(field, "responsiblePerson", n.responsiblePerson()),
				blank(field, "prices", n.prices()), blank(field, "shippingFees", n.shippingFees()),
				blank(field, "paymentMethods", n.paymentMethods()), blank(field, "paymentTiming", n.paymentTiming()),
				blank(field, "deliveryTiming", n.deliveryTiming()), blank(field, "returns", n.returns()));
	}

	private static String blank(String left, String field, String value) {
		return left.equals(field) ? " " : value;
	}

	private static StorefrontTerms withLocation(Location location) {
		StorefrontTerms farm = StorefrontExamples.farmJustStarted();
		return new StorefrontTerms(farm.texts(), location, null, List.of(), null, null);
	}

	private static StorefrontTerms withInvoice(InvoiceRegistration invoice) {
		StorefrontTerms brewery = StorefrontExamples.brewery();
		return new StorefrontTerms(brewery.texts(), brewery.location(), brewery.notice(), brewery.foodPermits(),
				brewery.liquorLicence(), invoice);
	}

	private static List<String> fields(StorefrontTerms terms) {
		return terms.refusals().stream().map(InputRefused::field).toList();
	}

	private static List<String> keys(StorefrontTerms terms) {
		return terms.refusals().stream().map(InputRefused::messageKey).toList();
	}

}
