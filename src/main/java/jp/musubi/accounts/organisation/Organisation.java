package jp.musubi.accounts.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.musubi.accounts.ClientKind;
import jp.musubi.accounts.FacilityKind;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.Prefecture;

/**
 * An organisation of the region: the agent, a client, a partner facility, a producer or
 * an NPO. It keeps its members; there is always at least one owner once anyone belongs to
 * it.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String name;

	@Column(name = "name_latin")
	private String nameLatin;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrganisationType type;

	@Enumerated(EnumType.STRING)
	@Column(name = "client_kind")
	private ClientKind clientKind;

	@Enumerated(EnumType.STRING)
	@Column(name = "facility_kind")
	private FacilityKind facilityKind;

	private String prefecture;

	private String description;

	private String website;

	@Column(name = "search_text", nullable = false)
	private String searchText;

	@Column(nullable = false)
	private boolean listed;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "organisation_membership", joinColumns = @JoinColumn(name = "organisation_id"))
	private Set<Membership> memberships = new HashSet<>();

	@Version
	private long version;

	protected Organisation() {
	}

	public Organisation(OrganisationDetails details, OrganisationType type, ClientKind clientKind,
			FacilityKind facilityKind, Clock clock) {
		if (type == OrganisationType.FACILITY && facilityKind == null) {
			throw new IllegalArgumentException("A facility needs its kind");
		}
		if (type == OrganisationType.CLIENT && clientKind == null) {
			throw new IllegalArgumentException("A client is a company or a municipality");
		}
		this.id = UUID.randomUUID();
		this.type = type;
		this.clientKind = (type == OrganisationType.CLIENT) ? clientKind : null;
		this.facilityKind = (type == OrganisationType.FACILITY) ? facilityKind : null;
		this.createdAt = clock.instant();
		describe(details);
	}

	/**
	 * Changes what the organisation says about itself; its type stays what the admin set.
	 */
	public void describe(OrganisationDetails details) {
		this.name = details.name();
		this.nameLatin = details.nameLatin();
		this.prefecture = (details.prefecture() != null) ? details.prefecture().code() : null;
		this.description = details.description();
		this.website = details.website();
		this.listed = details.listed();
		this.searchText = JapaneseText
			.normalize(String.join(" ", this.name, nullToEmpty(this.nameLatin), nullToEmpty(this.description)))
			.toLowerCase(Locale.ROOT);
	}

	/**
	 * @return whether the person was not a member before
	 */
	public boolean addMember(UUID accountId, boolean owner, Clock clock) {
		return this.memberships.add(new Membership(accountId, owner, clock.instant()));
	}

	/**
	 * Removes a member. The last owner cannot leave while others remain, or nobody could
	 * manage the organisation.
	 * @throws LastOwner when that would happen
	 */
	public boolean removeMember(UUID accountId) {
		Optional<Membership> membership = membership(accountId);
		if (membership.isEmpty()) {
			return false;
		}
		long owners = this.memberships.stream().filter(Membership::owner).count();
		if (membership.get().owner() && owners == 1 && this.memberships.size() > 1) {
			throw new LastOwner();
		}
		return this.memberships.remove(membership.get());
	}

	/** Forgets a member whatever the rules, because the account no longer exists. */
	public void forget(UUID accountId) {
		this.memberships.removeIf((membership) -> membership.accountId().equals(accountId));
	}

	public Optional<Membership> membership(UUID accountId) {
		return this.memberships.stream().filter((membership) -> membership.accountId().equals(accountId)).findFirst();
	}

	public boolean isMember(UUID accountId) {
		return membership(accountId).isPresent();
	}

	public boolean isOwner(UUID accountId) {
		return membership(accountId).map(Membership::owner).orElse(false);
	}

	public UUID id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public String nameLatin() {
		return this.nameLatin;
	}

	public OrganisationType type() {
		return this.type;
	}

	public ClientKind clientKind() {
		return this.clientKind;
	}

	public FacilityKind facilityKind() {
		return this.facilityKind;
	}

	public Prefecture prefecture() {
		return Prefecture.ofCode(this.prefecture).orElse(null);
	}

	public String description() {
		return this.description;
	}

	public String website() {
		return this.website;
	}

	public boolean listed() {
		return this.listed;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Set<Membership> memberships() {
		return Set.copyOf(this.memberships);
	}

	public OrganisationDetails details() {
		return new OrganisationDetails(this.name, this.nameLatin, prefecture(), this.description, this.website,
				this.listed);
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

	/** The last owner tried to leave an organisation that still has other members. */
	public static class LastOwner extends RuntimeException {

		LastOwner() {
			super("The last owner cannot leave while others remain");
		}

	}

}
