package jp.musubi.shop.order.web;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import jp.musubi.platform.i18n.Language;
import jp.musubi.shop.order.CheckoutRequest;
import jp.musubi.shop.order.CheckoutRequest.ShipmentChoice;
import jp.musubi.shop.order.PaymentMethod;
import jp.musubi.shop.shipping.ShippingMethod;
import jp.musubi.shop.shipping.Temperature;
import jp.musubi.shop.shipping.TimeSlot;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the buyer typed at checkout, kept in their session between the address page and
 * the confirmation screen, so going back to change one thing keeps the rest.
 */
public class CheckoutForm implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private static final String ATTRIBUTE = CheckoutForm.class.getName();

	private String email;

	private AddresseeForm buyer = new AddresseeForm();

	private boolean gift;

	private AddresseeForm recipient = new AddresseeForm();

	private PaymentMethod payment = PaymentMethod.BANK_TRANSFER;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate birthDate;

	private List<ShipmentForm> shipments = new ArrayList<>();

	static Optional<CheckoutForm> of(HttpSession session) {
		if (session != null && session.getAttribute(ATTRIBUTE) instanceof CheckoutForm form) {
			return Optional.of(form);
		}
		return Optional.empty();
	}

	void keepIn(HttpSession session) {
		session.setAttribute(ATTRIBUTE, this);
	}

	static void forget(HttpSession session) {
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}

	CheckoutRequest toRequest(Cart cart, Language language, UUID personId) {
		List<ShipmentChoice> choices = this.shipments.stream()
			.filter((shipment) -> shipment.getProducerId() != null && shipment.getTemperature() != null)
			.map(ShipmentForm::toChoice)
			.toList();
		return new CheckoutRequest(cart.cartLines(), this.email, this.buyer.toAddressee(),
				this.gift ? Optional.of(this.recipient.toAddressee()) : Optional.empty(), this.payment, this.birthDate,
				choices, language, personId);
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public AddresseeForm getBuyer() {
		return this.buyer;
	}

	public void setBuyer(AddresseeForm buyer) {
		this.buyer = buyer;
	}

	public boolean isGift() {
		return this.gift;
	}

	public void setGift(boolean gift) {
		this.gift = gift;
	}

	public AddresseeForm getRecipient() {
		return this.recipient;
	}

	public void setRecipient(AddresseeForm recipient) {
		this.recipient = recipient;
	}

	public PaymentMethod getPayment() {
		return this.payment;
	}

	public void setPayment(PaymentMethod payment) {
		this.payment = payment;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public List<ShipmentForm> getShipments() {
		return this.shipments;
	}

	public void setShipments(List<ShipmentForm> shipments) {
		this.shipments = shipments;
	}

	/** The method, date and slot the buyer chose for one shipment. */
	public static class ShipmentForm implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;

		private UUID producerId;

		private Temperature temperature;

		private ShippingMethod method;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate date;

		private TimeSlot slot;

		ShipmentChoice toChoice() {
			return new ShipmentChoice(this.producerId, this.temperature, this.method, this.date, this.slot);
		}

		public UUID getProducerId() {
			return this.producerId;
		}

		public void setProducerId(UUID producerId) {
			this.producerId = producerId;
		}

		public Temperature getTemperature() {
			return this.temperature;
		}

		public void setTemperature(Temperature temperature) {
			this.temperature = temperature;
		}

		public ShippingMethod getMethod() {
			return this.method;
		}

		public void setMethod(ShippingMethod method) {
			this.method = method;
		}

		public LocalDate getDate() {
			return this.date;
		}

		public void setDate(LocalDate date) {
			this.date = date;
		}

		public TimeSlot getSlot() {
			return this.slot;
		}

		public void setSlot(TimeSlot slot) {
			this.slot = slot;
		}

	}

}
