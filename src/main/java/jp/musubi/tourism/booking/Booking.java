package jp.musubi.tourism.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.security.RandomToken;
import jp.musubi.platform.web.Dates;
import jp.musubi.tourism.booking.BookingRefused.Reason;
import jp.musubi.tourism.facility.Hold;
import jp.musubi.tourism.programme.CancellationPolicy;

/**
 * One booking of a programme by a guest: every component's capacity taken at once, under
 * one number, with one price. The check-in token is what the QR code carries; it is
 * random and says nothing about the guest.
 */
@Entity
@Table(name = "booking")
public class Booking {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String number;

	@Column(name = "guest_id", nullable = false)
	private UUID guestId;

	@Column(name = "programme_id", nullable = false)
	private UUID programmeId;

	@Column(nullable = false)
	private LocalDate arrival;

	@Column(nullable = false)
	private LocalDate departure;

	@Column(name = "party_size", nullable = false)
	private int partySize;

	@Column(nullable = false)
	private String language;

	@Column(nullable = false)
	private Yen price;

	@Column(name = "cancellation_fee")
	private Yen cancellationFee;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private BookingStatus status;

	@Column(name = "check_in_token", nullable = false)
	private String checkInToken;

	@Column(name = "redemption_code")
	private String redemptionCode;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "changed_at")
	private Instant changedAt;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "booking_id", insertable = false, updatable = false)
	@OrderBy("day, facilityId")
	private List<BookingLine> lines = new ArrayList<>();

	@Version
	private long version;

	/** The column's length; campaign codes are ten characters. */
	static final int REDEMPTION_CODE_LENGTH = 20;

	protected Booking() {
	}

	Booking(String number, UUID guestId, UUID programmeId, Language language, String redemptionCode, Instant now) {
		this.id = UUID.randomUUID();
		this.number = number;
		this.guestId = guestId;
		this.programmeId = programmeId;
		this.language = language.tag();
		this.redemptionCode = redemptionCode;
		this.status = BookingStatus.CONFIRMED;
		this.checkInToken = RandomToken.generate("ci_").value();
		this.createdAt = now;
	}

	/** Sets the stay: dates, party, price and what it holds at each facility. */
	void stay(LocalDate arrival, LocalDate departure, int partySize, Yen price, List<Hold> holds,
			Map<UUID, UUID> facilityOfCapacity) {
		this.arrival = arrival;
		this.departure = departure;
		this.partySize = partySize;
		this.price = price;
		this.lines.clear();
		for (Hold hold : holds) {
			this.lines.add(new BookingLine(this.id, facilityOfCapacity.get(hold.capacityId()), hold));
		}
	}

	/**
	 * Refuses a change the booking does not allow today: cancelled, the stay begun, or
	 * the programme's free cancellation period over.
	 */
	void requireChangeable(CancellationPolicy policy, Clock clock) {
		LocalDate today = Dates.today(clock);
		requireOpen(today);
		LocalDate until = policy.freeUntil(this.arrival);
		if (today.isAfter(until)) {
			throw new BookingRefused(Reason.TOO_LATE_TO_CHANGE, until);
		}
	}

	/** Moves the stay or changes the party, as far as the booking allows it today. */
	void change(LocalDate arrival, LocalDate departure, int partySize, Yen price, List<Hold> holds,
			Map<UUID, UUID> facilityOfCapacity, CancellationPolicy policy, Clock clock) {
		requireChangeable(policy, clock);
		stay(arrival, departure, partySize, price, holds, facilityOfCapacity);
		this.changedAt = clock.instant();
	}

	/**
	 * Cancels the booking before its stay begins; after the free period the programme's
	 * fee is due. The stay is kept, for the capacity to be given back.
	 */
	void cancel(CancellationPolicy policy, Clock clock) {
		LocalDate today = Dates.today(clock);
		requireOpen(today);
		this.status = BookingStatus.CANCELLED;
		this.cancellationFee = policy.fee(this.price, this.arrival, today);
		this.cancelledAt = clock.instant();
	}

	private void requireOpen(LocalDate today) {
		if (!isConfirmed()) {
			throw new BookingRefused(Reason.CANCELLED);
		}
		if (!today.isBefore(this.arrival)) {
			throw new BookingRefused(Reason.STAY_BEGUN);
		}
	}

	public UUID id() {
		return this.id;
	}

	public String number() {
		return this.number;
	}

	public UUID guestId() {
		return this.guestId;
	}

	public UUID programmeId() {
		return this.programmeId;
	}

	public LocalDate arrival() {
		return this.arrival;
	}

	public LocalDate departure() {
		return this.departure;
	}

	public int partySize() {
		return this.partySize;
	}

	public Language language() {
		return Language.fromTag(this.language).orElse(Language.DEFAULT);
	}

	public Yen price() {
		return this.price;
	}

	public Optional<Yen> cancellationFee() {
		return Optional.ofNullable(this.cancellationFee);
	}

	public BookingStatus status() {
		return this.status;
	}

	public boolean isConfirmed() {
		return this.status == BookingStatus.CONFIRMED;
	}

	public String checkInToken() {
		return this.checkInToken;
	}

	public Optional<String> redemptionCode() {
		return Optional.ofNullable(this.redemptionCode);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Optional<Instant> changedAt() {
		return Optional.ofNullable(this.changedAt);
	}

	public Optional<Instant> cancelledAt() {
		return Optional.ofNullable(this.cancelledAt);
	}

	public List<BookingLine> lines() {
		return List.copyOf(this.lines);
	}

	/** The facilities the booking involves, in the order of their first day. */
	public Set<UUID> facilityIds() {
		Set<UUID> facilities = new LinkedHashSet<>();
		this.lines.forEach((line) -> facilities.add(line.facilityId()));
		return facilities;
	}

	public boolean involves(UUID facilityId) {
		return this.lines.stream().anyMatch((line) -> line.facilityId().equals(facilityId));
	}

	List<Hold> holds() {
		return this.lines.stream().map(BookingLine::hold).toList();
	}

	public long version() {
		return this.version;
	}

}
