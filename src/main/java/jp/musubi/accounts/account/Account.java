package jp.musubi.accounts.account;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.musubi.platform.security.Role;

/**
 * A person's account. It holds the rules of its own life: an address must be confirmed
 * before it can sign in, sensitive attributes exist only with consent, and an erased
 * account keeps nothing but its id.
 */
@Entity
@Table(name = "account")
public class Account {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String email;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AccountStatus status;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "email_confirmed_at")
	private Instant emailConfirmedAt;

	@Embedded
	private PersonProfile profile;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role")
	private Set<Role> roles = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sensitive_declaration", joinColumns = @JoinColumn(name = "account_id"))
	private Set<SensitiveDeclaration> declarations = new HashSet<>();

	@Version
	private long version;

	protected Account() {
	}

	private Account(String email, String passwordHash, PersonProfile profile, Role kind, Clock clock) {
		this.id = UUID.randomUUID();
		this.email = normalizeEmail(email);
		this.passwordHash = passwordHash;
		this.profile = profile;
		this.status = AccountStatus.PENDING;
		this.createdAt = clock.instant();
		this.roles.add(kind);
	}

	/**
	 * A new account of a member or a guest; it can sign in once the address is confirmed.
	 */
	public static Account signUp(String email, String passwordHash, PersonProfile profile, Role kind, Clock clock) {
		if (kind != Role.MEMBER && kind != Role.GUEST) {
			throw new IllegalArgumentException("People sign up as members or guests, not as " + kind);
		}
		return new Account(email, passwordHash, profile, kind, clock);
	}

	/**
	 * E-mail addresses are compared without regard to case, as every mail system does.
	 */
	public static String normalizeEmail(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	public void confirmEmail(Clock clock) {
		if (this.status == AccountStatus.PENDING) {
			this.status = AccountStatus.ACTIVE;
			this.emailConfirmedAt = clock.instant();
		}
	}

	public void changePassword(String newHash) {
		requireNotErased();
		this.passwordHash = newHash;
	}

	public void changeEmail(String newEmail, Clock clock) {
		requireNotErased();
		this.email = normalizeEmail(newEmail);
		this.emailConfirmedAt = clock.instant();
	}

	public void updateProfile(PersonProfile profile) {
		requireNotErased();
		this.profile = profile;
	}

	/**
	 * Keeps a sensitive attribute with the member's consent to the current consent text.
	 * @return whether anything changed
	 */
	public boolean declare(SensitiveAttribute attribute, Clock clock) {
		requireNotErased();
		if (!this.roles.contains(Role.MEMBER)) {
			throw new IllegalStateException("Only members declare sensitive attributes");
		}
		return this.declarations
			.add(new SensitiveDeclaration(attribute, clock.instant(), SensitiveAttribute.CONSENT_VERSION));
	}

	/**
	 * Forgets the attribute: withdrawing consent deletes the information, it does not
	 * just hide it.
	 * @return whether anything changed
	 */
	public boolean withdraw(SensitiveAttribute attribute) {
		return this.declarations.removeIf((declaration) -> declaration.attribute() == attribute);
	}

	public boolean grant(Role role) {
		requireNotErased();
		return this.roles.add(role);
	}

	public boolean revoke(Role role) {
		return this.roles.remove(role);
	}

	public void disable() {
		requireNotErased();
		this.status = AccountStatus.DISABLED;
	}

	public void enable() {
		requireNotErased();
		this.status = (this.emailConfirmedAt != null) ? AccountStatus.ACTIVE : AccountStatus.PENDING;
	}

	/**
	 * Removes everything that identifies the person. The row stays, with its id, so that
	 * records other modules must keep by law (contracts, invoices) still point at
	 * something; the address is replaced by one that can never receive mail or match a
	 * sign-in.
	 */
	public void erase(String unusablePasswordHash) {
		this.status = AccountStatus.ERASED;
		this.email = "erased-" + this.id + "@erased.invalid";
		this.passwordHash = unusablePasswordHash;
		this.profile = PersonProfile.erased();
		this.roles.clear();
		this.declarations.clear();
	}

	private void requireNotErased() {
		if (this.status == AccountStatus.ERASED) {
			throw new IllegalStateException("Account " + this.id + " is erased");
		}
	}

	public UUID id() {
		return this.id;
	}

	public String email() {
		return this.email;
	}

	public String passwordHash() {
		return this.passwordHash;
	}

	public AccountStatus status() {
		return this.status;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Optional<Instant> emailConfirmedAt() {
		return Optional.ofNullable(this.emailConfirmedAt);
	}

	public PersonProfile profile() {
		return this.profile;
	}

	public Set<Role> roles() {
		return this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public Set<SensitiveDeclaration> declarations() {
		return Set.copyOf(this.declarations);
	}

	public boolean hasDeclared(SensitiveAttribute attribute) {
		return this.declarations.stream().anyMatch((declaration) -> declaration.attribute() == attribute);
	}

}
