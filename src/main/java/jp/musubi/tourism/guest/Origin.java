package jp.musubi.tourism.guest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jp.musubi.platform.text.Prefecture;

/**
 * Where a guest comes from: a country (ISO 3166 alpha-2), and in Japan the prefecture
 * and, if the guest says so, the city.
 */
public record Origin(String country, Prefecture prefecture, String city) {

	public static final String JAPAN = "JP";

	/**
	 * The Tokyo metropolitan area as the seed counts it: Tokyo, Kanagawa, Saitama, Chiba.
	 */
	static final Set<Prefecture> SHUTOKEN = Set.of(Prefecture.TOKYO, Prefecture.KANAGAWA, Prefecture.SAITAMA,
			Prefecture.CHIBA);

	/** The countries of East, South-East and South Asia, Japan aside. */
	static final Set<String> ASIA = Set.of("KR", "CN", "TW", "HK", "MO", "MN", "SG", "TH", "VN", "PH", "MY", "ID", "BN",
			"KH", "LA", "MM", "TL", "IN", "BD", "LK", "NP", "PK", "BT", "MV");

	public Origin {
		if (country == null || !Set.of(Locale.getISOCountries()).contains(country)) {
			throw new IllegalArgumentException("Not a country: " + country);
		}
		if (!JAPAN.equals(country)) {
			prefecture = null;
			city = null;
		}
		city = (city == null || city.isBlank()) ? null : city.strip();
	}

	public static Origin japan(Prefecture prefecture, String city) {
		return new Origin(JAPAN, prefecture, city);
	}

	public static Origin abroad(String country) {
		return new Origin(country, null, null);
	}

	public boolean isJapan() {
		return JAPAN.equals(this.country);
	}

	public Optional<Prefecture> prefectureIfAny() {
		return Optional.ofNullable(this.prefecture);
	}

	/**
	 * The target area, with the nearby places the agent configured: a nearby city counts
	 * as nearby even when it lies in the Tokyo area.
	 */
	public TargetArea area(NearbyPlaces nearby) {
		if (!isJapan()) {
			return ASIA.contains(this.country) ? TargetArea.ASIA : TargetArea.OTHER;
		}
		if (this.prefecture != null && nearby.includes(this.prefecture, this.city)) {
			return TargetArea.NEARBY;
		}
		return SHUTOKEN.contains(this.prefecture) ? TargetArea.SHUTOKEN : TargetArea.OTHER;
	}

}
