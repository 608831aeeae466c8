package jp.musubi.tourism.booking;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 第三者提供の記録: the record APPI (article 29) asks for when a guest's personal data goes to
 * another business, here a partner facility. It says when, to whom, which items and why;
 * the guest can read their records.
 */
@Entity
@Table(name = "data_provision")
public class DataProvision {

	/** The items a booking passes to each facility it involves. */
	public static final List<Item> BOOKING_ITEMS = List.of(Item.NAME, Item.CONTACT, Item.LANGUAGE, Item.PARTY,
			Item.DATES);

	@Id
	private UUID id;

	@Column(name = "guest_id", nullable = false)
	private UUID guestId;

	@Column(name = "booking_id")
	private UUID bookingId;

	@Column(name = "recipient_facility_id", nullable = false)
	private UUID recipientFacilityId;

	@Column(name = "provided_at", nullable = false)
	private Instant providedAt;

	@Column(nullable = false)
	private String items;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Purpose purpose;

	protected DataProvision() {
	}

	DataProvision(UUID guestId, UUID bookingId, UUID recipientFacilityId, List<Item> items, Purpose purpose,
			Instant now) {
		this.id = UUID.randomUUID();
		this.guestId = guestId;
		this.bookingId = bookingId;
		this.recipientFacilityId = recipientFacilityId;
		this.items = items.stream().map(Item::name).collect(Collectors.joining(","));
		this.purpose = purpose;
		this.providedAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public UUID guestId() {
		return this.guestId;
	}

	public UUID bookingId() {
		return this.bookingId;
	}

	public UUID recipientFacilityId() {
		return this.recipientFacilityId;
	}

	public Instant providedAt() {
		return this.providedAt;
	}

	public List<Item> items() {
		return Arrays.stream(this.items.split(",")).map(Item::valueOf).toList();
	}

	public Purpose purpose() {
		return this.purpose;
	}

	/** A kind of personal data passed on. */
	public enum Item {

		NAME, CONTACT, LANGUAGE, PARTY, DATES, ORIGIN;

		public String messageKey() {
			return "tourism.provision.item." + name();
		}

	}

	/** Why it was passed on. */
	public enum Purpose {

		BOOKING, BOOKING_CHANGE;

		public String messageKey() {
			return "tourism.provision.purpose." + name();
		}

	}

}
