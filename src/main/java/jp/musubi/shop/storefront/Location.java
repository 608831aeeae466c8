package jp.musubi.shop.storefront;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.text.PostalCode;
import jp.musubi.platform.text.Prefecture;

/**
 * Where a producer's farm, brewery or workshop is, for buyers to picture and for the map:
 * a postal code, the prefecture, the address, and a point when the producer gives one.
 * The point is in Japan: the region's producers are, and a point outside is most often
 * latitude and longitude typed the wrong way round.
 *
 * @param postalCode written {@code 123-4567} once it could be read, as typed otherwise
 */
public record Location(String postalCode, Prefecture prefecture, String address, BigDecimal latitude,
		BigDecimal longitude) {

	public static final Location NOWHERE = new Location(null, null, null, null, null);

	/** From 沖ノ鳥島 in the south to 弁天島 off Wakkanai in the north. */
	private static final BigDecimal SOUTH = BigDecimal.valueOf(20);

	private static final BigDecimal NORTH = BigDecimal.valueOf(46);

	/** From 与那国島 in the west to 南鳥島 in the east. */
	private static final BigDecimal WEST = BigDecimal.valueOf(122);

	private static final BigDecimal EAST = BigDecimal.valueOf(154);

	/** The database keeps six decimals: about ten centimetres, more than a map needs. */
	static final int SCALE = 6;

	static final int MAX_ADDRESS = 200;

	public Location {
		String line = SellerNotice.line(postalCode);
		postalCode = (line == null) ? null : PostalCode.parse(line).map(PostalCode::value).orElse(line);
		address = SellerNotice.line(address);
		latitude = (latitude != null) ? latitude.setScale(SCALE, RoundingMode.HALF_UP) : null;
		longitude = (longitude != null) ? longitude.setScale(SCALE, RoundingMode.HALF_UP) : null;
	}

	public boolean hasPoint() {
		return this.latitude != null && this.longitude != null;
	}

	void judge(String prefix, List<InputRefused> refusals) {
		if (this.postalCode != null && PostalCode.parse(this.postalCode).isEmpty()) {
			refusals.add(new InputRefused(prefix + "postalCode", "validation.postalCode"));
		}
		if (this.address != null && this.address.length() > MAX_ADDRESS) {
			refusals.add(new InputRefused(prefix + "address", "shop.storefront.error.length", MAX_ADDRESS));
		}
		if ((this.latitude == null) != (this.longitude == null)) {
			refusals.add(new InputRefused(prefix + ((this.latitude == null) ? "latitude" : "longitude"),
					"shop.storefront.error.coordinatesBoth"));
		}
		if (this.latitude != null && (this.latitude.compareTo(SOUTH) < 0 || this.latitude.compareTo(NORTH) > 0)) {
			refusals.add(new InputRefused(prefix + "latitude", "shop.storefront.error.latitude"));
		}
		if (this.longitude != null && (this.longitude.compareTo(WEST) < 0 || this.longitude.compareTo(EAST) > 0)) {
			refusals.add(new InputRefused(prefix + "longitude", "shop.storefront.error.longitude"));
		}
	}

}
