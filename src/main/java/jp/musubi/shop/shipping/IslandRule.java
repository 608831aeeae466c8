package jp.musubi.shop.shipping;

import java.util.Objects;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.text.PostalCode;

/**
 * How a remote island (離島) is served, for the postal codes that start with a prefix: the
 * days the boat adds, what the shop charges on top per parcel, and whether a cool parcel
 * reaches it cold.
 *
 * @param prefix the first digits of the postal codes, with or without the hyphen
 * ({@code 100-2101}, {@code 043-14})
 * @param place the island's name, for the people who keep the list
 * @param extraTransitDays days on top of the prefecture's transit
 * @param surcharge added per parcel; Yamato and ゆうパック charge no relay fee to islands, so
 * this is the shop's own choice
 * @param coolReachable whether cool parcels may be sent there
 */
public record IslandRule(String prefix, String place, int extraTransitDays, Yen surcharge, boolean coolReachable) {

	public IslandRule {
		Objects.requireNonNull(place, "place");
		Objects.requireNonNull(surcharge, "surcharge");
		prefix = (prefix == null) ? "" : prefix.replace("-", "");
		if (!prefix.matches("\\d{2,7}")) {
			throw new IllegalArgumentException("Not a postal code prefix: " + prefix);
		}
		if (extraTransitDays < 0 || surcharge.isNegative()) {
			throw new IllegalArgumentException("Days and surcharge cannot be negative");
		}
	}

	boolean covers(PostalCode code) {
		return code.value().replace("-", "").startsWith(this.prefix);
	}

}
