package jp.musubi.shop.shipping;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import jp.musubi.platform.text.Prefecture;

import static jp.musubi.platform.text.Prefecture.*;

/**
 * An area Japanese carriers price delivery by: a producer's fee table has one row per
 * area, not per prefecture, as the carriers' own tables do. The grouping is Yamato's for
 * 宅急便 (checked in December 2026 against shops' published fee tables that copy it): 東北 is
 * split into north and south, 山梨 counts as 関東, and 中部 is 静岡, 愛知, 岐阜 and 三重. Japan Post
 * prices ゆうパック by the same twelve areas apart from small differences a producer can
 * absorb in its fees.
 */
public enum DeliveryArea {

	/** 北海道. */
	HOKKAIDO(EnumSet.of(Prefecture.HOKKAIDO)),
	/** 北東北. */
	NORTH_TOHOKU(EnumSet.of(AOMORI, IWATE, AKITA)),
	/** 南東北. */
	SOUTH_TOHOKU(EnumSet.of(MIYAGI, YAMAGATA, FUKUSHIMA)),
	/** 関東. */
	KANTO(EnumSet.of(IBARAKI, TOCHIGI, GUNMA, SAITAMA, CHIBA, TOKYO, KANAGAWA, YAMANASHI)),
	/** 信越. */
	SHINETSU(EnumSet.of(NIIGATA, NAGANO)),
	/** 北陸. */
	HOKURIKU(EnumSet.of(TOYAMA, ISHIKAWA, FUKUI)),
	/** 中部. */
	CHUBU(EnumSet.of(GIFU, SHIZUOKA, AICHI, MIE)),
	/** 関西. */
	KANSAI(EnumSet.of(SHIGA, KYOTO, OSAKA, HYOGO, NARA, WAKAYAMA)),
	/** 中国. */
	CHUGOKU(EnumSet.of(TOTTORI, SHIMANE, OKAYAMA, HIROSHIMA, YAMAGUCHI)),
	/** 四国. */
	SHIKOKU(EnumSet.of(TOKUSHIMA, KAGAWA, EHIME, KOCHI)),
	/** 九州. */
	KYUSHU(EnumSet.of(FUKUOKA, SAGA, NAGASAKI, KUMAMOTO, OITA, MIYAZAKI, KAGOSHIMA)),
	/** 沖縄. */
	OKINAWA(EnumSet.of(Prefecture.OKINAWA));

	private final Set<Prefecture> prefectures;

	DeliveryArea(Set<Prefecture> prefectures) {
		this.prefectures = Set.copyOf(prefectures);
	}

	/** The prefectures of the area. */
	public Set<Prefecture> prefectures() {
		return this.prefectures;
	}

	/** The area the prefecture is priced in. */
	public static DeliveryArea of(Prefecture prefecture) {
		return Arrays.stream(values())
			.filter((area) -> area.prefectures.contains(prefecture))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No area for " + prefecture));
	}

	public String messageKey() {
		return "shop.shipping.area." + name();
	}

}
