package jp.musubi.shop.order;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.platform.i18n.Language;
import jp.musubi.shop.shipping.ShippingMethod;
import jp.musubi.shop.shipping.Temperature;
import jp.musubi.shop.shipping.TimeSlot;

/**
 * What a buyer asks for at checkout, from the cart page or a shop front calling the API:
 * the lines, who buys and where each parcel goes, how they pay, the birth date when the
 * cart holds liquor, and per shipment the method, date and slot they chose (a shipment
 * left out gets the producer's cheapest method and the earliest day).
 *
 * @param personId the member buying, or {@code null} for a guest
 */
public record CheckoutRequest(List<CartLine> lines, String email, Addressee buyer, Optional<Addressee> recipient,
		PaymentMethod payment, LocalDate birthDate, List<ShipmentChoice> choices, Language language, UUID personId) {

	public CheckoutRequest {
		lines = List.copyOf(lines);
		choices = List.copyOf(choices);
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(language, "language");
	}

	/** Where the parcels go: the recipient of a gift, or the buyer. */
	public Addressee deliverTo() {
		return this.recipient.orElse(this.buyer);
	}

	/** A size and how many of it. */
	public record CartLine(UUID productId, UUID variantId, int quantity) {
	}

	/**
	 * The buyer's choice for the shipment of one producer at one temperature.
	 *
	 * @param date the delivery date asked for, or {@code null} for the earliest
	 * @param slot the time slot asked for, or {@code null} for any
	 */
	public record ShipmentChoice(UUID producerId, Temperature temperature, ShippingMethod method, LocalDate date,
			TimeSlot slot) {
	}

}
