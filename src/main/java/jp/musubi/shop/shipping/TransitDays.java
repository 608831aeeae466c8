package jp.musubi.shop.shipping;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jp.musubi.platform.text.Prefecture;

import static jp.musubi.platform.text.Prefecture.*;

/**
 * Days a parcel takes from the producer's prefecture to the buyer's, as an approximation
 * in one place: the same prefecture or a neighbouring region the next day, elsewhere on
 * the main islands two days, Hokkaido or Okinawa from beyond three (Hokkaido from Tohoku
 * two). The carriers' own tables are finer (and differ by pick-up time); this errs on the
 * late side so that an offered date can be kept. Regions are those the carriers price by.
 */
final class TransitDays {

	private enum Region {

		HOKKAIDO, TOHOKU, KANTO, SHINETSU, HOKURIKU, CHUBU, KANSAI, CHUGOKU, SHIKOKU, KYUSHU, OKINAWA

	}

	private static final Map<Region, Set<Prefecture>> PREFECTURES = Map.ofEntries(
			Map.entry(Region.HOKKAIDO, EnumSet.of(HOKKAIDO)),
			Map.entry(Region.TOHOKU, EnumSet.of(AOMORI, IWATE, MIYAGI, AKITA, YAMAGATA, FUKUSHIMA)),
			Map.entry(Region.KANTO, EnumSet.of(IBARAKI, TOCHIGI, GUNMA, SAITAMA, CHIBA, TOKYO, KANAGAWA, YAMANASHI)),
			Map.entry(Region.SHINETSU, EnumSet.of(NIIGATA, NAGANO)),
			Map.entry(Region.HOKURIKU, EnumSet.of(TOYAMA, ISHIKAWA, FUKUI)),
			Map.entry(Region.CHUBU, EnumSet.of(GIFU, SHIZUOKA, AICHI, MIE)),
			Map.entry(Region.KANSAI, EnumSet.of(SHIGA, KYOTO, OSAKA, HYOGO, NARA, WAKAYAMA)),
			Map.entry(Region.CHUGOKU, EnumSet.of(TOTTORI, SHIMANE, OKAYAMA, HIROSHIMA, YAMAGUCHI)),
			Map.entry(Region.SHIKOKU, EnumSet.of(TOKUSHIMA, KAGAWA, EHIME, KOCHI)),
			Map.entry(Region.KYUSHU, EnumSet.of(FUKUOKA, SAGA, NAGASAKI, KUMAMOTO, OITA, MIYAZAKI, KAGOSHIMA)),
			Map.entry(Region.OKINAWA, EnumSet.of(OKINAWA)));

	private static final Map<Region, Set<Region>> NEIGHBOURS = Map.ofEntries(
			Map.entry(Region.HOKKAIDO, EnumSet.noneOf(Region.class)),
			Map.entry(Region.TOHOKU, EnumSet.of(Region.KANTO, Region.SHINETSU)),
			Map.entry(Region.KANTO, EnumSet.of(Region.TOHOKU, Region.SHINETSU, Region.CHUBU)),
			Map.entry(Region.SHINETSU, EnumSet.of(Region.TOHOKU, Region.KANTO, Region.HOKURIKU, Region.CHUBU)),
			Map.entry(Region.HOKURIKU, EnumSet.of(Region.SHINETSU, Region.CHUBU, Region.KANSAI)),
			Map.entry(Region.CHUBU, EnumSet.of(Region.KANTO, Region.SHINETSU, Region.HOKURIKU, Region.KANSAI)),
			Map.entry(Region.KANSAI, EnumSet.of(Region.HOKURIKU, Region.CHUBU, Region.CHUGOKU, Region.SHIKOKU)),
			Map.entry(Region.CHUGOKU, EnumSet.of(Region.KANSAI, Region.SHIKOKU, Region.KYUSHU)),
			Map.entry(Region.SHIKOKU, EnumSet.of(Region.KANSAI, Region.CHUGOKU)),
			Map.entry(Region.KYUSHU, EnumSet.of(Region.CHUGOKU)),
			Map.entry(Region.OKINAWA, EnumSet.noneOf(Region.class)));

	private TransitDays() {
	}

	static int between(Prefecture origin, Prefecture destination) {
		if (origin == destination) {
			return 1;
		}
		Region from = regionOf(origin);
		Region to = regionOf(destination);
		if (from == to || NEIGHBOURS.get(from).contains(to)) {
			return 1;
		}
		if (from == Region.OKINAWA || to == Region.OKINAWA) {
			return 3;
		}
		if (from == Region.HOKKAIDO || to == Region.HOKKAIDO) {
			return (from == Region.TOHOKU || to == Region.TOHOKU) ? 2 : 3;
		}
		return 2;
	}

	private static Region regionOf(Prefecture prefecture) {
		return PREFECTURES.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().contains(prefecture))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow();
	}

}
