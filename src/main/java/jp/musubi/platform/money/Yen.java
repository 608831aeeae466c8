package jp.musubi.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An amount in whole yen. The yen has had no smaller unit in use since 1953, so a
 * {@code long} is exact; arithmetic that would overflow it fails instead of wrapping.
 */
@Schema(type = "integer", format = "int64", minimum = "0", maximum = "999999999999", example = "12000",
		description = "Whole yen. A string as people type amounts is taken too: \"12,000\", \"¥12,000\", \"12,000円\".")
public record Yen(long amount) implements Comparable<Yen> {

	public static final Yen ZERO = new Yen(0);

	/**
	 * The largest amount anyone may type: a trillion yen less one. No price, budget or
	 * payment in Musubi comes near it, and any product or sum of such amounts still fits
	 * in a {@code long}.
	 */
	public static final Yen MAX_TYPED = new Yen(999_999_999_999L);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * Whole yen as people write them, after NFKC (full-width digits, comma and yen sign
	 * become ASCII ones): an optional yen sign (or the backslash that Japanese keyboards
	 * and fonts show as one), digits with or without a comma every three, an optional 円.
	 */
	private static final Pattern TYPED = Pattern.compile("[¥\\\\]?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*円?");

	public static Yen of(long amount) {
		return new Yen(amount);
	}

	/**
	 * The amount in text as people type it: {@code 12000}, {@code 12,000},
	 * {@code １２，０００}, {@code ¥12,000}, {@code ￥12,000}, {@code 12,000円}. Empty for
	 * anything else, blank included: a sign, a decimal part, an exponent, a misplaced
	 * comma, or more than {@link #MAX_TYPED}.
	 */
	public static Optional<Yen> parse(CharSequence text) {
		if (text == null || text.length() > 40) {
			return Optional.empty();
		}
		Matcher typed = TYPED.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
		if (!typed.matches()) {
			return Optional.empty();
		}
		String digits = typed.group(1).replace(",", "").replaceFirst("^0+(?=\\d)", "");
		if (digits.length() > 12) {
			return Optional.empty();
		}
		return Optional.of(of(Long.parseLong(digits)));
	}

	public Yen plus(Yen other) {
		return of(Math.addExact(this.amount, other.amount));
	}

	public Yen minus(Yen other) {
		return of(Math.subtractExact(this.amount, other.amount));
	}

	public Yen times(long quantity) {
		return of(Math.multiplyExact(this.amount, quantity));
	}

	/**
	 * The given percentage of this amount with the fraction of a yen cut off (1円未満切り捨て),
	 * as both the consumption tax and the income tax withheld at source are rounded. The
	 * cut is towards zero, so a refund is the mirror image of the charge.
	 */
	public Yen floorPercent(BigDecimal percent) {
		BigDecimal share = BigDecimal.valueOf(this.amount).multiply(percent).divide(HUNDRED, 0, RoundingMode.DOWN);
		return of(share.longValueExact());
	}

	public boolean isZero() {
		return this.amount == 0;
	}

	public boolean isNegative() {
		return this.amount < 0;
	}

	public boolean isGreaterThan(Yen other) {
		return this.amount > other.amount;
	}

	public boolean isLessThan(Yen other) {
		return this.amount < other.amount;
	}

	@Override
	public int compareTo(Yen other) {
		return Long.compare(this.amount, other.amount);
	}

	/**
	 * The amount as people read it: 「1,234,567円」 in Japanese, "¥1,234,567" in other
	 * languages, with the language's digit grouping and never a decimal part.
	 */
	public String format(Locale locale) {
		DecimalFormat digits = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
		String grouped = digits.format(Math.abs(this.amount));
		String sign = isNegative() ? "-" : "";
		if (Locale.JAPANESE.getLanguage().equals(locale.getLanguage())) {
			return sign + grouped + "円";
		}
		return sign + "¥" + grouped;
	}

	@Override
	public String toString() {
		return format(Locale.ROOT);
	}

}
