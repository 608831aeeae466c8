package jp.musubi.accounts.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jp.musubi.accounts.PersonalDataPart;

import jp.musubi.accounts.organisation.ApiTokenRepository;
import jp.musubi.accounts.organisation.OrganisationRepository;
import jp.musubi.platform.audit.AuditAction;
import jp.musubi.platform.audit.AuditEntry;
import jp.musubi.platform.audit.AuditLog;
import jp.musubi.platform.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything Musubi keeps about a person, for them to download (APPI article 33,
 * disclosure): the account's own data, and each module's {@link PersonalDataPart}. The
 * download itself is recorded in the audit log.
 */
@Service
public class PersonalData {

	private static final int AUDIT_LINES = 1000;

	private final AccountRepository accounts;

	private final OrganisationRepository organisations;

	private final ApiTokenRepository apiTokens;

	private final AuditLog audit;

	private final List<PersonalDataPart> parts;

	private final Clock clock;

	PersonalData(AccountRepository accounts, OrganisationRepository organisations, ApiTokenRepository apiTokens,
			AuditLog audit, List<PersonalDataPart> parts, Clock clock) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.apiTokens = apiTokens;
		this.audit = audit;
		this.parts = parts;
		this.clock = clock;
	}

	@Transactional
	public Export export(UUID accountId) {
		Account account = this.accounts.findById(accountId)
			.filter((found) -> found.status() != AccountStatus.ERASED)
			.orElseThrow(() -> new AccountNotFound(accountId));
		this.audit.record(AuditAction.DATA_EXPORTED, accountId, accountId, null);
		PersonProfile profile = account.profile();
		return new Export(this.clock.instant(),
				new AccountPart(account.id(), account.email(), account.status().name(), account.createdAt(),
						account.emailConfirmedAt().orElse(null), account.roles()),
				new ProfilePart(profile.familyName(), profile.givenName(), profile.familyNameKana(),
						profile.givenNameKana(), (profile.prefecture() != null) ? profile.prefecture().code() : null,
						(profile.postalCode() != null) ? profile.postalCode().value() : null,
						profile.preferredLanguage().tag()),
				account.declarations()
					.stream()
					.map((declaration) -> new DeclarationPart(declaration.attribute().name(), declaration.consentedAt(),
							declaration.consentVersion()))
					.toList(),
				this.organisations.findByMember(accountId).stream().map((organisation) -> {
					var membership = organisation.membership(accountId).orElseThrow();
					return new MembershipPart(organisation.id(), organisation.name(), organisation.type().name(),
							membership.owner(), membership.joinedAt());
				}).toList(),
				this.apiTokens.findByCreatedBy(accountId)
					.stream()
					.map((token) -> new TokenPart(token.id(), token.organisationId(), token.name(), token.tokenHint(),
							token.createdAt(), token.revokedAt()))
					.toList(),
				this.audit.concerning(accountId, AUDIT_LINES).stream().map(AuditPart::of).toList(), modules(accountId));
	}

	private Map<String, Map<String, Object>> modules(UUID accountId) {
		Map<String, Map<String, Object>> modules = new TreeMap<>();
		this.parts.forEach((part) -> modules.put(part.name(), part.of(accountId)));
		return modules;
	}

	/** The download. */
	public record Export(Instant exportedAt, AccountPart account, ProfilePart profile,
			List<DeclarationPart> sensitiveDeclarations, List<MembershipPart> organisations,
			List<TokenPart> apiTokensCreated, List<AuditPart> auditLog, Map<String, Map<String, Object>> modules) {

	}

	public record AccountPart(UUID id, String email, String status, Instant createdAt, Instant emailConfirmedAt,
			Set<Role> roles) {

	}

	public record ProfilePart(String familyName, String givenName, String familyNameKana, String givenNameKana,
			String prefectureCode, String postalCode, String preferredLanguage) {

	}

	public record DeclarationPart(String attribute, Instant consentedAt, String consentVersion) {

	}

	public record MembershipPart(UUID organisationId, String name, String type, boolean owner, Instant joinedAt) {

	}

	public record TokenPart(UUID id, UUID organisationId, String name, String hint, Instant createdAt,
			Instant revokedAt) {

	}

	public record AuditPart(Instant at, String action, UUID actor, UUID subject, String detail, String remoteAddress) {

		static AuditPart of(AuditEntry entry) {
			return new AuditPart(entry.occurredAt(), entry.action().name(), entry.actor(), entry.subject(),
					entry.detail(), entry.remoteAddress());
		}

	}

}
