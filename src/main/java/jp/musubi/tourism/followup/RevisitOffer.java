package jp.musubi.tourism.followup;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The revisit offer mailed for a booking, so that no booking gets two. */
@Entity
@Table(name = "revisit_offer")
class RevisitOffer {

	@Id
	@Column(name = "booking_id")
	private UUID bookingId;

	@Column(name = "guest_id", nullable = false)
	private UUID guestId;

	@Column(name = "sent_at", nullable = false)
	private Instant sentAt;

	protected RevisitOffer() {
	}

	RevisitOffer(UUID bookingId, UUID guestId, Instant sentAt) {
		this.bookingId = bookingId;
		this.guestId = guestId;
		this.sentAt = sentAt;
	}

}
