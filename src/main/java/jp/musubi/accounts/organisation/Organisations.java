package jp.musubi.accounts.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.accounts.AccountsProperties;
import jp.musubi.accounts.ClientKind;
import jp.musubi.accounts.FacilityKind;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.accounts.account.Account;
import jp.musubi.accounts.account.AccountRepository;
import jp.musubi.accounts.account.AccountStatus;
import jp.musubi.accounts.organisation.OrganisationEvents.InvitationRequested;
import jp.musubi.platform.audit.AuditAction;
import jp.musubi.platform.audit.AuditLog;
import jp.musubi.platform.security.RandomToken;
import jp.musubi.platform.security.Sessions;
import jp.musubi.platform.text.JapaneseText;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations and their people. An administrator creates an organisation and names its
 * first owner; owners describe it, invite people by e-mail, remove members and manage its
 * API tokens. Members see their organisation; nobody else sees its members.
 */
@Service
public class Organisations {

	private final OrganisationRepository organisations;

	private final InvitationRepository invitations;

	private final ApiTokenRepository apiTokens;

	private final AccountRepository accounts;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Sessions sessions;

	private final AccountsProperties properties;

	private final Clock clock;

	Organisations(OrganisationRepository organisations, InvitationRepository invitations, ApiTokenRepository apiTokens,
			AccountRepository accounts, ApplicationEventPublisher events, AuditLog audit, Sessions sessions,
			AccountsProperties properties, Clock clock) {
		this.organisations = organisations;
		this.invitations = invitations;
		this.apiTokens = apiTokens;
		this.accounts = accounts;
		this.events = events;
		this.audit = audit;
		this.sessions = sessions;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * An administrator creates an organisation with its first owner.
	 * @throws NoSuchOwner when no usable account has the owner's address
	 */
	@Transactional
	public Organisation create(UUID adminId, OrganisationDetails details, OrganisationType type, ClientKind clientKind,
			FacilityKind facilityKind, String ownerEmail) {
		Account owner = this.accounts.findByEmail(Account.normalizeEmail(ownerEmail))
			.filter((account) -> account.status() == AccountStatus.ACTIVE)
			.orElseThrow(NoSuchOwner::new);
		Organisation organisation = new Organisation(details, type, clientKind, facilityKind, this.clock);
		organisation.addMember(owner.id(), true, this.clock);
		this.organisations.save(organisation);
		this.audit.record(AuditAction.ORGANISATION_CREATED, adminId, owner.id(), organisation.name());
		this.sessions.endAll(owner.id());
		return organisation;
	}

	@Transactional(readOnly = true)
	public List<Organisation> of(UUID accountId) {
		return this.organisations.findByMember(accountId);
	}

	@Transactional(readOnly = true)
	public Page<Organisation> search(String words, Pageable page) {
		String pattern = (words == null || words.isBlank()) ? null
				: "%" + JapaneseText.normalize(words).toLowerCase(Locale.ROOT) + "%";
		return this.organisations.search(pattern, page);
	}

	/** The organisation, for one of its members; anyone else is refused. */
	@Transactional(readOnly = true)
	public Organisation forMember(UUID organisationId, UUID accountId) {
		Organisation organisation = find(organisationId);
		if (!organisation.isMember(accountId)) {
			throw new NotAllowed("Not a member of " + organisationId);
		}
		return organisation;
	}

	/** The organisation an API token belongs to. */
	@Transactional(readOnly = true)
	public Organisation forApiClient(UUID organisationId) {
		return find(organisationId);
	}

	@Transactional
	public void describe(UUID organisationId, UUID ownerId, OrganisationDetails details) {
		ownedBy(organisationId, ownerId).describe(details);
	}

	/**
	 * Invites someone to join.
	 * @throws AlreadyMember when an account with that address already belongs
	 */
	@Transactional
	public Invitation invite(UUID organisationId, UUID ownerId, String email) {
		Organisation organisation = ownedBy(organisationId, ownerId);
		Optional<Account> invitee = this.accounts.findByEmail(Account.normalizeEmail(email));
		if (invitee.isPresent() && organisation.isMember(invitee.get().id())) {
			throw new AlreadyMember();
		}
		// The secret is replaced by the mail listener; this one only fills the column.
		Invitation invitation = new Invitation(organisationId, email, RandomToken.generate(""), ownerId,
				this.properties.invitationValidity(), this.clock);
		this.invitations.save(invitation);
		this.audit.record(AuditAction.MEMBER_INVITED, ownerId, invitee.map(Account::id).orElse(null),
				AuditLog.maskEmail(invitation.email()) + " → " + organisation.name());
		this.events.publishEvent(new InvitationRequested(invitation.id(), ownerId));
		return invitation;
	}

	/** The organisation's invitations, newest first, each with where it stands now. */
	@Transactional(readOnly = true)
	public List<InvitationView> invitations(UUID organisationId, UUID ownerId) {
		Organisation organisation = ownedBy(organisationId, ownerId);
		return this.invitations.findByOrganisationIdOrderByCreatedAtDesc(organisationId)
			.stream()
			.map((invitation) -> new InvitationView(invitation, organisation, invitation.state(this.clock)))
			.toList();
	}

	@Transactional
	public void cancelInvitation(UUID organisationId, UUID ownerId, UUID invitationId) {
		ownedBy(organisationId, ownerId);
		this.invitations.findById(invitationId)
			.filter((invitation) -> invitation.organisationId().equals(organisationId))
			.orElseThrow(() -> new NotAllowed("No such invitation here"))
			.cancel(this.clock);
	}

	/** The invitation behind a link, for the page that offers to accept it. */
	@Transactional(readOnly = true)
	public InvitationView invitation(String secret) {
		Invitation invitation = this.invitations.findByTokenHash(RandomToken.hashOf(secret))
			.orElseThrow(InvitationRefused::new);
		return new InvitationView(invitation, find(invitation.organisationId()), invitation.state(this.clock));
	}

	/**
	 * Accepts an invitation for the signed-in account.
	 * @throws InvitationRefused when the link is unknown, expired, used, cancelled, or
	 * was sent to another address
	 */
	@Transactional
	public Organisation accept(String secret, UUID accountId) {
		Invitation invitation = this.invitations.findByTokenHash(RandomToken.hashOf(secret))
			.orElseThrow(InvitationRefused::new);
		Account account = this.accounts.findById(accountId).orElseThrow(InvitationRefused::new);
		if (invitation.state(this.clock) != Invitation.State.PENDING || !invitation.isFor(account.email())) {
			throw new InvitationRefused();
		}
		invitation.accept(this.clock);
		Organisation organisation = find(invitation.organisationId());
		organisation.addMember(accountId, false, this.clock);
		this.audit.record(AuditAction.MEMBER_JOINED, accountId, accountId, organisation.name());
		return organisation;
	}

	/**
	 * @throws Organisation.LastOwner when the last owner would leave others behind
	 */
	@Transactional
	public void removeMember(UUID organisationId, UUID ownerId, UUID memberId) {
		Organisation organisation = ownedBy(organisationId, ownerId);
		if (organisation.removeMember(memberId)) {
			this.audit.record(AuditAction.MEMBER_REMOVED, ownerId, memberId, organisation.name());
			this.sessions.endAll(memberId);
		}
	}

	@Transactional(readOnly = true)
	public List<ApiToken> tokens(UUID organisationId, UUID ownerId) {
		ownedBy(organisationId, ownerId);
		return this.apiTokens.findByOrganisationIdOrderByCreatedAtDesc(organisationId);
	}

	/** Makes a token; the secret is returned this once and never again. */
	@Transactional
	public RandomToken createToken(UUID organisationId, UUID ownerId, String name) {
		ownedBy(organisationId, ownerId);
		RandomToken secret = RandomToken.generate(ApiToken.PREFIX);
		ApiToken token = new ApiToken(organisationId, name, secret, ownerId, this.clock);
		this.apiTokens.save(token);
		this.audit.record(AuditAction.API_TOKEN_CREATED, ownerId, null, token.tokenHint() + " " + name);
		return secret;
	}

	@Transactional
	public void revokeToken(UUID organisationId, UUID ownerId, UUID tokenId) {
		ownedBy(organisationId, ownerId);
		ApiToken token = this.apiTokens.findById(tokenId)
			.filter((found) -> found.organisationId().equals(organisationId))
			.orElseThrow(() -> new NotAllowed("No such token here"));
		token.revoke(this.clock);
		this.audit.record(AuditAction.API_TOKEN_REVOKED, ownerId, null, token.tokenHint());
	}

	private Organisation ownedBy(UUID organisationId, UUID accountId) {
		Organisation organisation = find(organisationId);
		if (!organisation.isOwner(accountId)) {
			throw new NotAllowed("Not an owner of " + organisationId);
		}
		return organisation;
	}

	private Organisation find(UUID organisationId) {
		return this.organisations.findById(organisationId).orElseThrow(() -> new OrganisationNotFound(organisationId));
	}

	/** An invitation with its organisation, as the invitee sees it. */
	public record InvitationView(Invitation invitation, Organisation organisation, Invitation.State state) {

	}

	/** The owner named for a new organisation has no usable account. */
	public static class NoSuchOwner extends RuntimeException {

		NoSuchOwner() {
			super("No active account with that address");
		}

	}

	/** The invitee already belongs to the organisation. */
	public static class AlreadyMember extends RuntimeException {

		AlreadyMember() {
			super("Already a member");
		}

	}

	/** The invitation link cannot be used by this account. */
	public static class InvitationRefused extends RuntimeException {

		InvitationRefused() {
			super("Invitation refused");
		}

	}

}
