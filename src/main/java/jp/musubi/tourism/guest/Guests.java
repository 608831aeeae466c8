package jp.musubi.tourism.guest;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.musubi.platform.audit.AuditAction;
import jp.musubi.platform.audit.AuditLog;
import jp.musubi.platform.text.Prefecture;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guests and their details. Every consent given or withdrawn goes to the audit log, with
 * the guest's account as actor and subject.
 */
@Service
public class Guests {

	private final GuestRepository guests;

	private final NearbyPlaceRepository nearby;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Guests(GuestRepository guests, NearbyPlaceRepository nearby, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.guests = guests;
		this.nearby = nearby;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Guest> ofAccount(UUID accountId) {
		return this.guests.findByAccountId(accountId);
	}

	@Transactional(readOnly = true)
	public Optional<Guest> find(UUID guestId) {
		return this.guests.findById(guestId);
	}

	/** Creates the account's guest record, or updates it with what they now say. */
	@Transactional
	public Guest keep(UUID accountId, GuestDetails details) {
		TargetArea area = details.origin().area(nearbyPlaces());
		Guest guest = this.guests.findByAccountId(accountId)
			.orElseGet(() -> this.guests
				.save(new Guest(accountId, details.language(), details.origin(), area, this.clock.instant())));
		guest.moveTo(details.origin(), area);
		guest.speak(details.language());
		guest.interestedIn(details.interests());
		for (Consent consent : Consent.values()) {
			if (guest.consent(consent, details.consents().contains(consent), this.clock.instant())) {
				this.audit.record(
						details.consents().contains(consent) ? AuditAction.CONSENT_GIVEN
								: AuditAction.CONSENT_WITHDRAWN,
						accountId, accountId, "tourism." + consent.name()
								+ (details.consents().contains(consent) ? " v" + Consent.TEXT_VERSION : ""));
				if (!details.consents().contains(consent)) {
					this.events.publishEvent(new ConsentWithdrawn(guest.id(), consent));
				}
			}
		}
		return guest;
	}

	@Transactional(readOnly = true)
	public NearbyPlaces nearbyPlaces() {
		return NearbyPlaces.of(this.nearby.findAll());
	}

	@Transactional(readOnly = true)
	public List<NearbyPlace> nearbyPlaceList() {
		return this.nearby.findAllByOrderByPrefectureAscCityAsc();
	}

	/** Adds a nearby city; false when it is already there. */
	@Transactional
	public boolean addNearbyPlace(Prefecture prefecture, String city) {
		if (this.nearby.existsByPrefectureAndCity(prefecture.code(), NearbyPlaces.cityKey(city))) {
			return false;
		}
		this.nearby.save(new NearbyPlace(prefecture, city));
		return true;
	}

	@Transactional
	public void removeNearbyPlace(UUID placeId) {
		this.nearby.deleteById(placeId);
	}

	/**
	 * The guest record of an erased account loses everything that says who they were: the
	 * account, the city, interests and consents. What remains (country, prefecture,
	 * target area, visits) is what the region's figures are counted from, and no longer
	 * points to a person.
	 */
	@Transactional
	public void forget(UUID accountId) {
		this.guests.findByAccountId(accountId).ifPresent((guest) -> {
			Set<Consent> given = guest.consents();
			guest.forget();
			given.forEach((consent) -> this.events.publishEvent(new ConsentWithdrawn(guest.id(), consent)));
		});
	}

}
