package jp.musubi.tourism.facility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jp.musubi.platform.refusal.InputRefused;

/**
 * What a facility's staff say about it. The page and the API check each part before it
 * gets here: the name is required, the position is both coordinates or neither.
 */
public record FacilityDescription(String name, String description, String postalCode, String address,
		BigDecimal latitude, BigDecimal longitude, String openingHours, String phone) {

	private static final BigDecimal NINETY = BigDecimal.valueOf(90);

	private static final BigDecimal ONE_EIGHTY = BigDecimal.valueOf(180);

	/**
	 * What is wrong with the position, field by field: a point on a map needs both
	 * coordinates, and a latitude beyond the poles is a typing mistake.
	 */
	public List<InputRefused> refusals() {
		List<InputRefused> refusals = new ArrayList<>();
		if ((this.latitude == null) != (this.longitude == null)) {
			refusals.add(new InputRefused((this.latitude == null) ? "latitude" : "longitude",
					"tourism.facility.error.coordinatesBoth"));
		}
		if (this.latitude != null && this.latitude.abs().compareTo(NINETY) > 0) {
			refusals.add(new InputRefused("latitude", "tourism.facility.error.latitude"));
		}
		if (this.longitude != null && this.longitude.abs().compareTo(ONE_EIGHTY) > 0) {
			refusals.add(new InputRefused("longitude", "tourism.facility.error.longitude"));
		}
		return refusals;
	}

}
