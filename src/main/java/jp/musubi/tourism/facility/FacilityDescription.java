package jp.musubi.tourism.facility;

import java.math.BigDecimal;

/**
 * What a facility's staff say about it. The page and the API check each part before it
 * gets here: the name is required, the position is both coordinates or neither.
 */
public record FacilityDescription(String name, String description, String postalCode, String address,
		BigDecimal latitude, BigDecimal longitude, String openingHours, String phone) {

}
