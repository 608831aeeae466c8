package jp.musubi.shop.shipping;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A delivery the carrier can make as the buyer asked: the method, the planned ship date,
 * the date and slot asked for (none when the buyer left it to the carrier) and the day
 * the parcel is expected.
 */
public record Delivery(ShippingMethod method, LocalDate shipDate, Optional<LocalDate> date, Optional<TimeSlot> slot,
		LocalDate expected) {

}
