package jp.musubi.shop.shipping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.text.Prefecture;

/**
 * The dates a buyer may ask a shipment to arrive on: from the earliest day it can arrive
 * (the planned ship date, the transit from the producer's prefecture, and an island's
 * extra days) to {@link ShippingMethod#LATEST_DAYS_AFTER_SHIPPING} days after the ship
 * date. It answers both what a page offers ({@link #choices()}) and whether what the
 * buyer asked can be kept ({@link #accept}), so the two never disagree.
 */
public record DeliveryWindow(ShippingMethod method, LocalDate shipDate, Prefecture origin, Destination destination) {

	/**
	 * @throws InputRefused on {@code postalCode} when the method is cool and the island
	 * is one cool parcels do not reach
	 */
	public DeliveryWindow {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(shipDate, "shipDate");
		Objects.requireNonNull(origin, "origin");
		Objects.requireNonNull(destination, "destination");
		if (method.isCool() && !destination.coolReachable()) {
			throw new InputRefused("postalCode", "shop.shipping.refused.coolToIsland");
		}
	}

	/** The first day the parcel can arrive. */
	public LocalDate earliest() {
		return this.shipDate.plusDays(
				TransitDays.between(this.origin, this.destination.prefecture()) + this.destination.extraTransitDays());
	}

	/** The last day a buyer may ask for. */
	public LocalDate latest() {
		return this.shipDate.plusDays(ShippingMethod.LATEST_DAYS_AFTER_SHIPPING);
	}

	/**
	 * What a page offers: every day from the earliest to the latest and the method's
	 * slots; nothing for a method that takes no date.
	 */
	public DeliveryChoices choices() {
		if (!this.method.takesDate()) {
			return DeliveryChoices.NONE;
		}
		List<LocalDate> dates = earliest().isAfter(latest()) ? List.of()
				: earliest().datesUntil(latest().plusDays(1)).toList();
		return new DeliveryChoices(dates, this.method.slots());
	}

	/**
	 * The delivery as the buyer asked for it.
	 * @param date the date asked for, or {@code null} for the earliest the carrier makes
	 * @param slot the time slot asked for, or {@code null} for any
	 * @throws FieldsRefused on {@code deliveryDate} when the method takes no date, no
	 * date can be kept to this destination, or the date is before the earliest or after
	 * the latest; on {@code timeSlot} when the method has no such slot
	 */
	public Delivery accept(LocalDate date, TimeSlot slot) {
		List<InputRefused> refusals = new ArrayList<>();
		if (date != null) {
			dateRefusal(date).ifPresent(refusals::add);
		}
		if (slot != null && !this.method.offers(slot)) {
			refusals.add(new InputRefused("timeSlot", "shop.shipping.refused.slotNotOffered"));
		}
		FieldsRefused.throwIfAny(refusals);
		return new Delivery(this.method, this.shipDate, Optional.ofNullable(date), Optional.ofNullable(slot),
				(date != null) ? date : earliest());
	}

	private Optional<InputRefused> dateRefusal(LocalDate date) {
		String reason = null;
		if (!this.method.takesDate()) {
			reason = "shop.shipping.refused.dateNotTaken";
		}
		else if (earliest().isAfter(latest())) {
			reason = "shop.shipping.refused.noDateToDestination";
		}
		else if (date.isBefore(earliest())) {
			reason = "shop.shipping.refused.dateTooEarly";
		}
		else if (date.isAfter(latest())) {
			reason = "shop.shipping.refused.dateTooLate";
		}
		return Optional.ofNullable(reason).map((key) -> new InputRefused("deliveryDate", key));
	}

}
