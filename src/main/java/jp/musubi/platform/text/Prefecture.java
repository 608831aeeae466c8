package jp.musubi.platform.text;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 47 prefectures in the order of their JIS X 0401 codes, which is the order Japanese
 * forms list them in (north to south). Names come from the message bundles under
 * {@code prefecture.<code>}.
 */
public enum Prefecture {

	HOKKAIDO("01"), AOMORI("02"), IWATE("03"), MIYAGI("04"), AKITA("05"), YAMAGATA("06"), FUKUSHIMA("07"),
	IBARAKI("08"), TOCHIGI("09"), GUNMA("10"), SAITAMA("11"), CHIBA("12"), TOKYO("13"), KANAGAWA("14"), NIIGATA("15"),
	TOYAMA("16"), ISHIKAWA("17"), FUKUI("18"), YAMANASHI("19"), NAGANO("20"), GIFU("21"), SHIZUOKA("22"), AICHI("23"),
	MIE("24"), SHIGA("25"), KYOTO("26"), OSAKA("27"), HYOGO("28"), NARA("29"), WAKAYAMA("30"), TOTTORI("31"),
	SHIMANE("32"), OKAYAMA("33"), HIROSHIMA("34"), YAMAGUCHI("35"), TOKUSHIMA("36"), KAGAWA("37"), EHIME("38"),
	KOCHI("39"), FUKUOKA("40"), SAGA("41"), NAGASAKI("42"), KUMAMOTO("43"), OITA("44"), MIYAZAKI("45"), KAGOSHIMA("46"),
	OKINAWA("47");

	private final String code;

	Prefecture(String code) {
		this.code = code;
	}

	/** The two-digit JIS X 0401 code, "01" for Hokkaido to "47" for Okinawa. */
	public String code() {
		return this.code;
	}

	public String messageKey() {
		return "prefecture." + this.code;
	}

	public static Optional<Prefecture> ofCode(String code) {
		return Arrays.stream(values()).filter((prefecture) -> prefecture.code.equals(code)).findFirst();
	}

}
