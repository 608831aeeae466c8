package jp.musubi.tourism.facility;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.i18n.Language;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner facilities and their capacity. A facility organisation gets its facility the
 * first time its staff open it, named and kinded as the organisation is.
 */
@Service
public class Facilities {

	private final FacilityRepository facilities;

	private final CapacityRepository capacities;

	private final Accounts accounts;

	private final Clock clock;

	Facilities(FacilityRepository facilities, CapacityRepository capacities, Accounts accounts, Clock clock) {
		this.facilities = facilities;
		this.capacities = capacities;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Facility> find(UUID facilityId) {
		return this.facilities.findById(facilityId);
	}

	@Transactional(readOnly = true)
	public List<Facility> all() {
		return this.facilities.findAllByOrderByName();
	}

	@Transactional(readOnly = true)
	public List<Facility> ofOrganisations(Collection<UUID> organisationIds) {
		return this.facilities.findByOrganisationIdIn(organisationIds);
	}

	@Transactional(readOnly = true)
	public Optional<Facility> ofOrganisation(UUID organisationId) {
		return this.facilities.findByOrganisationId(organisationId);
	}

	/**
	 * The facility of a facility organisation, made now if it has none yet.
	 * @throws IllegalArgumentException when the organisation is not a facility
	 */
	@Transactional
	public Facility open(UUID organisationId) {
		return this.facilities.findByOrganisationId(organisationId).orElseGet(() -> {
			OrganisationSummary organisation = this.accounts.organisation(organisationId)
				.filter((found) -> found.type() == OrganisationType.FACILITY)
				.orElseThrow(() -> new IllegalArgumentException("Not a facility: " + organisationId));
			return this.facilities.save(new Facility(organisationId, organisation.facilityKind(), organisation.name(),
					this.clock.instant()));
		});
	}

	@Transactional
	public Facility describe(UUID facilityId, FacilityDescription description) {
		Facility facility = this.facilities.findById(facilityId).orElseThrow();
		facility.describe(description, this.clock.instant());
		return facility;
	}

	@Transactional(readOnly = true)
	public List<Capacity> capacities(UUID facilityId) {
		return this.capacities.findByFacilityIdOrderByName(facilityId);
	}

	@Transactional(readOnly = true)
	public List<Capacity> bookableCapacities() {
		return this.capacities.findByActiveTrueOrderByName();
	}

	@Transactional(readOnly = true)
	public Optional<Capacity> capacity(UUID capacityId) {
		return this.capacities.findById(capacityId);
	}

	@Transactional(readOnly = true)
	public List<Capacity> capacities(Collection<UUID> capacityIds) {
		return this.capacities.findAllById(capacityIds);
	}

	@Transactional
	public Capacity addCapacity(UUID facilityId, CapacityKind kind, String name, int unitsPerDay) {
		return addCapacity(facilityId, kind, name, Map.of(), unitsPerDay);
	}

	/**
	 * As above, with the name in other languages than Japanese, for guests reading them.
	 */
	@Transactional
	public Capacity addCapacity(UUID facilityId, CapacityKind kind, String name, Map<Language, String> translations,
			int unitsPerDay) {
		Capacity capacity = new Capacity(facilityId, kind, name, unitsPerDay);
		capacity.translate(translations);
		return this.capacities.save(capacity);
	}

	/**
	 * Changes a capacity of this facility. Fewer units than are already booked on some
	 * day leave those bookings as they are; no new booking gets one until enough are
	 * free.
	 */
	@Transactional
	public Capacity changeCapacity(UUID facilityId, UUID capacityId, CapacityKind kind, String name, int unitsPerDay,
			boolean active) {
		Capacity capacity = this.capacities.findById(capacityId)
			.filter((found) -> found.facilityId().equals(facilityId))
			.orElseThrow(() -> new IllegalArgumentException("No such capacity at this facility: " + capacityId));
		capacity.change(kind, name, unitsPerDay, active);
		return capacity;
	}

	/**
	 * As above, with the names in other languages; a language left empty shows the
	 * Japanese name.
	 */
	@Transactional
	public Capacity changeCapacity(UUID facilityId, UUID capacityId, CapacityKind kind, String name,
			Map<Language, String> translations, int unitsPerDay, boolean active) {
		Capacity capacity = changeCapacity(facilityId, capacityId, kind, name, unitsPerDay, active);
		capacity.translate(translations);
		return capacity;
	}

}
