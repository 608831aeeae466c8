package jp.musubi.shop.fulfilment;

import java.util.Optional;
import java.util.regex.Pattern;

import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.text.JapaneseText;

/**
 * The ご請求先顧客コード of a producer's contract with ヤマト運輸: whom B2クラウド bills for the labels it
 * prints. B2's data layout takes it as up to twelve half-width digits, and a contract's
 * code is usually its telephone number without hyphens (ten or eleven digits) or that
 * with a branch number, so ten to twelve digits are taken.
 *
 * @param digits the code's digits, without the hyphens people print it with
 */
public record B2CustomerCode(String digits) {

	/** Where a form or a body carries the code. */
	public static final String FIELD = "customerCode";

	private static final Pattern FORM = Pattern.compile("\\d{10,12}");

	/** Spaces and the dashes people type between groups of digits. */
	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\\u2010-\\u2015\\u2212\\u30FC\\uFF70]");

	/**
	 * @throws InputRefused on {@value #FIELD} when it is not ten to twelve digits
	 */
	public B2CustomerCode {
		if (digits == null || !FORM.matcher(digits).matches()) {
			throw new InputRefused(FIELD, "shop.shipments.refused.customerCode");
		}
	}

	/**
	 * The code as typed: full-width digits and hyphens are taken, nothing typed is none.
	 * @throws InputRefused on {@value #FIELD} when something was typed that is not a code
	 */
	public static Optional<B2CustomerCode> typed(String text) {
		String normalized = JapaneseText.normalizeToNull(text);
		if (normalized == null) {
			return Optional.empty();
		}
		return Optional.of(new B2CustomerCode(SEPARATORS.matcher(normalized).replaceAll("")));
	}

}
