package jp.musubi.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.musubi.platform.audit.AuditAction;
import jp.musubi.platform.security.Role;
import jp.musubi.platform.money.ConsumptionTaxRate;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.shop.order.OrderState;
import jp.musubi.shop.order.PaymentMethod;
import jp.musubi.shop.product.Allergen;
import jp.musubi.shop.product.PriceBand;
import jp.musubi.shop.product.ProductKind;
import jp.musubi.shop.shipping.Carrier;
import jp.musubi.shop.shipping.ShippingMethod;
import jp.musubi.shop.shipping.Temperature;
import jp.musubi.shop.shipping.TimeSlot;
import jp.musubi.work.contract.ContractStatus;
import jp.musubi.work.contract.MilestoneStatus;
import jp.musubi.work.invoice.WorkCategory;
import jp.musubi.work.proposal.ProposalStatus;
import jp.musubi.work.request.Pricing;
import jp.musubi.work.request.RequestStatus;
import jp.musubi.work.search.RequestQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-facing string comes from the bundles, in all four languages: the bundles
 * have the same keys, no empty text, the same placeholders, and every key a template or
 * class names exists.
 */
class MessageBundlesTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*[\\w-])[}(]");

	private static final Pattern CODE_KEY = Pattern.compile(
			// Jakarta Mail's own settings (mail.smtp.*, mail.mime.*) are no message keys.
			"\"((?!mail\\.(?:smtp|mime)\\.)(?:accounts|validation|platform|insight|home|layout|form|error|mail|work|money|broadcast|shop)\\.[\\w.-]*[\\w-])\"");

	@ParameterizedTest
	@ValueSource(strings = { "en", "ko", "zh_CN" })
	void everyLanguageHasEveryMessage(String language) throws IOException {
		Properties japanese = bundle("messages.properties");
		Properties other = bundle("messages_" + language + ".properties");
		assertThat(new TreeSet<>(other.stringPropertyNames())).as("keys of messages_" + language)
			.isEqualTo(new TreeSet<>(japanese.stringPropertyNames()));
		for (String key : japanese.stringPropertyNames()) {
			assertThat(other.getProperty(key)).as(key).isNotBlank();
			assertThat(placeholders(other.getProperty(key))).as("placeholders of " + key + " in " + language)
				.isEqualTo(placeholders(japanese.getProperty(key)));
		}
	}

	@Test
	void everyKeyThatTemplatesAndCodeNameExists() throws IOException {
		Properties japanese = bundle("messages.properties");
		Set<String> named = new TreeSet<>();
		named.addAll(keysIn(Path.of("src/main/resources/templates"), TEMPLATE_KEY));
		named.addAll(keysIn(Path.of("src/main/java"), CODE_KEY));
		assertThat(named).as("message keys used").hasSizeGreaterThan(200);
		assertThat(named.stream().filter((key) -> !japanese.containsKey(key)).toList()).as("keys missing").isEmpty();
	}

	@Test
	void everyEnumShownToPeopleHasItsNames() throws IOException {
		Properties japanese = bundle("messages.properties");
		Stream.of(Prefecture.values())
			.forEach((prefecture) -> assertThat(japanese).containsKey(prefecture.messageKey()));
		Stream.of(Role.values()).forEach((role) -> assertThat(japanese).containsKey(role.messageKey()));
		Stream.of(AuditAction.values()).forEach((action) -> assertThat(japanese).containsKey(action.messageKey()));
		Stream
			.of(Stream.of(RequestStatus.values()).map(RequestStatus::messageKey),
					Stream.of(Pricing.values()).map(Pricing::messageKey),
					Stream.of(ProposalStatus.values()).map(ProposalStatus::messageKey),
					Stream.of(ContractStatus.values()).map(ContractStatus::messageKey),
					Stream.of(MilestoneStatus.values()).map(MilestoneStatus::messageKey),
					Stream.of(WorkCategory.values()).map(WorkCategory::messageKey),
					Stream.of(ConsumptionTaxRate.values()).map(ConsumptionTaxRate::messageKey),
					Stream.of(RequestQuery.Sort.values()).map(RequestQuery.Sort::messageKey),
					Stream.of(RequestQuery.BudgetRange.values()).map(RequestQuery.BudgetRange::messageKey),
					Stream.of(RequestQuery.DeadlineRange.values()).map(RequestQuery.DeadlineRange::messageKey),
					Stream.of(Temperature.values()).map(Temperature::messageKey),
					Stream.of(ProductKind.values()).map(ProductKind::messageKey),
					Stream.of(PriceBand.values()).map(PriceBand::messageKey),
					Stream.of(OrderState.values()).map(OrderState::messageKey),
					Stream.of(PaymentMethod.values()).map(PaymentMethod::messageKey),
					Stream.of(Allergen.values()).map(Allergen::messageKey),
					Stream.of(Carrier.values()).map(Carrier::messageKey),
					Stream.of(ShippingMethod.values()).map(ShippingMethod::messageKey),
					Stream.of(TimeSlot.values()).map(TimeSlot::messageKey),
					Stream.of(ShippingMethod.values())
						.flatMap((method) -> method.bands().stream())
						.map((band) -> band.messageKey()))
			.flatMap((keys) -> keys)
			.forEach((key) -> assertThat(japanese).containsKey(key));
	}

	private static Set<String> placeholders(String message) {
		Matcher matcher = PLACEHOLDER.matcher(message);
		Set<String> found = new TreeSet<>();
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Set<String> keysIn(Path root, Pattern pattern) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).flatMap((file) -> {
				try {
					Matcher matcher = pattern.matcher(Files.readString(file));
					return matcher.results().map((result) -> result.group(1)).toList().stream();
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).collect(Collectors.toCollection(TreeSet::new));
		}
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
