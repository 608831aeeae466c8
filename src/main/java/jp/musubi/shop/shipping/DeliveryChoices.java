package jp.musubi.shop.shipping;

import java.time.LocalDate;
import java.util.List;

/**
 * The delivery dates and time slots a page may offer the buyer. Both are empty for a
 * method that takes no date, so the page shows no picker at all; the dates alone are
 * empty where the destination is too far for a date the carrier can keep.
 */
public record DeliveryChoices(List<LocalDate> dates, List<TimeSlot> slots) {

	public static final DeliveryChoices NONE = new DeliveryChoices(List.of(), List.of());

	public DeliveryChoices {
		dates = List.copyOf(dates);
		slots = List.copyOf(slots);
	}

	public boolean offersDates() {
		return !this.dates.isEmpty();
	}

	public boolean offersSlots() {
		return !this.slots.isEmpty();
	}

}
