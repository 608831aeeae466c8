package jp.musubi.shop.storefront;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.text.JapaneseText;

/**
 * A seller's registration as a qualified invoice issuer (適格請求書発行事業者): "T" and thirteen
 * digits. A corporation's thirteen digits are its corporate number (法人番号), whose first
 * digit checks the other twelve; a sole proprietor gets a number of its own from the tax
 * office, which the National Tax Agency says is neither the My Number nor a corporate
 * number, and which is checked for its form only.
 *
 * @param number the number as {@code T} and thirteen digits once it could be read, or as
 * typed when it could not (then refused)
 * @param corporate whether the seller is a corporation, whose number is its corporate
 * number
 */
public record InvoiceRegistration(String number, boolean corporate) {

	private static final Pattern FORM = Pattern.compile("T\\d{13}");

	/** The separators people print a registration number with (T1-2345-6789-0123). */
	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\\u2010-\\u2015\\u2212\\u30FC\\uFF70]");

	public InvoiceRegistration {
		String normalized = JapaneseText.normalizeToNull(number);
		if (normalized != null) {
			String compact = SEPARATORS.matcher(normalized).replaceAll("");
			if (compact.matches("[Tt]\\d{13}")) {
				normalized = "T" + compact.substring(1);
			}
		}
		number = normalized;
	}

	/** The registration, or empty when no number was given. */
	public static Optional<InvoiceRegistration> of(String number, boolean corporate) {
		InvoiceRegistration registration = new InvoiceRegistration(number, corporate);
		return (registration.number() == null) ? Optional.empty() : Optional.of(registration);
	}

	/**
	 * Whether thirteen digits are a corporate number: the first digit is 9 less the
	 * remainder by 9 of the sum of the other twelve, each counted from the right and the
	 * even places doubled (法人番号の指定等に関する省令 第2条).
	 */
	public static boolean isCorporateNumber(String digits) {
		if (digits == null || !digits.matches("\\d{13}")) {
			return false;
		}
		int sum = 0;
		for (int n = 1; n <= 12; n++) {
			int digit = digits.charAt(13 - n) - '0';
			sum += digit * ((n % 2 == 0) ? 2 : 1);
		}
		return digits.charAt(0) - '0' == 9 - (sum % 9);
	}

	void judge(String field, List<InputRefused> refusals) {
		if (this.number == null) {
			return;
		}
		if (!FORM.matcher(this.number).matches()) {
			refusals.add(new InputRefused(field, "shop.storefront.error.invoiceNumber"));
		}
		else if (this.corporate && !isCorporateNumber(this.number.substring(1))) {
			refusals.add(new InputRefused(field, "shop.storefront.error.corporateNumber"));
		}
	}

}
