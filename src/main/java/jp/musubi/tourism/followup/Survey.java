package jp.musubi.tourism.followup;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.security.RandomToken;
import jp.musubi.tourism.booking.Booking;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.guest.TargetArea;

/**
 * The question every guest who stayed is asked once: how likely they are to recommend the
 * region (0 to 10), and anything they want to say. Only the hash of the link's token is
 * kept; the token itself is made when the mail goes out, so nobody, not even the
 * database, holds a working link before the guest does.
 */
@Entity
@Table(name = "survey")
public class Survey {

	public static final int ANSWER_LIMIT = 2000;

	@Id
	private UUID id;

	@Column(name = "booking_id", nullable = false)
	private UUID bookingId;

	@Column(name = "guest_id", nullable = false)
	private UUID guestId;

	@Column(name = "programme_id", nullable = false)
	private UUID programmeId;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(nullable = false)
	private String language;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_area", nullable = false)
	private TargetArea targetArea;

	@Column(name = "due_at", nullable = false)
	private Instant dueAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "answered_at")
	private Instant answeredAt;

	@Column(name = "recommend_score")
	private Integer recommendScore;

	private String answer;

	protected Survey() {
	}

	Survey(Booking booking, Guest guest, Instant dueAt) {
		this.id = UUID.randomUUID();
		this.bookingId = booking.id();
		this.guestId = guest.id();
		this.programmeId = booking.programmeId();
		this.language = booking.language().tag();
		this.targetArea = guest.targetArea();
		this.dueAt = dueAt;
		// A hash nobody has the token of, until the mail goes out.
		this.tokenHash = RandomToken.generate("sv_").hash();
	}

	/** A new link for the mail; the one before it stops working. */
	RandomToken send(Instant now) {
		RandomToken token = RandomToken.generate("sv_");
		this.tokenHash = token.hash();
		this.sentAt = now;
		return token;
	}

	void answer(int score, String text, Instant now) {
		if (isAnswered()) {
			throw new AlreadyAnswered();
		}
		if (score < 0 || score > 10) {
			throw new IllegalArgumentException("Score out of range: " + score);
		}
		this.recommendScore = score;
		this.answer = (text == null || text.isBlank()) ? null : text.strip();
		this.answeredAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public UUID bookingId() {
		return this.bookingId;
	}

	public UUID guestId() {
		return this.guestId;
	}

	public UUID programmeId() {
		return this.programmeId;
	}

	public Language language() {
		return Language.fromTag(this.language).orElse(Language.DEFAULT);
	}

	public TargetArea targetArea() {
		return this.targetArea;
	}

	public Instant dueAt() {
		return this.dueAt;
	}

	public Optional<Instant> sentAt() {
		return Optional.ofNullable(this.sentAt);
	}

	public boolean isAnswered() {
		return this.answeredAt != null;
	}

	public Optional<Integer> recommendScore() {
		return Optional.ofNullable(this.recommendScore);
	}

	/** The guest's words as they typed them; pages escape them. */
	public Optional<String> answer() {
		return Optional.ofNullable(this.answer);
	}

	/** The survey was answered already; the answer stands. */
	public static class AlreadyAnswered extends RuntimeException {

		AlreadyAnswered() {
			super("The survey was answered already");
		}

	}

}
