package jp.musubi.accounts;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.musubi.accounts.account.Account;
import jp.musubi.accounts.account.AccountRepository;
import jp.musubi.accounts.account.AccountStatus;
import jp.musubi.accounts.account.SensitiveAttribute;
import jp.musubi.accounts.organisation.Organisation;
import jp.musubi.accounts.organisation.OrganisationRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask about people and organisations: names, addresses to write
 * to, memberships. Queries only; nothing here changes an account.
 */
@Service
public class Accounts {

	private final AccountRepository accounts;

	private final OrganisationRepository organisations;

	Accounts(AccountRepository accounts, OrganisationRepository organisations) {
		this.accounts = accounts;
		this.organisations = organisations;
	}

	/** The person, unless the account is erased or unknown. */
	@Transactional(readOnly = true)
	public Optional<PersonSummary> person(UUID accountId) {
		return this.accounts.findById(accountId)
			.filter((account) -> account.status() != AccountStatus.ERASED)
			.map(Accounts::summary);
	}

	/** The person with this address, for the demo region, which knows its people so. */
	@Transactional(readOnly = true)
	public Optional<PersonSummary> personByEmail(String email) {
		return this.accounts.findByEmail(email)
			.filter((account) -> account.status() != AccountStatus.ERASED)
			.map(Accounts::summary);
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationSummary> organisation(UUID organisationId) {
		return this.organisations.findById(organisationId).map(Accounts::summary);
	}

	/** The organisations the person belongs to, by name. */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> organisationsOf(UUID accountId) {
		return this.organisations.findByMember(accountId).stream().map(Accounts::summary).toList();
	}

	@Transactional(readOnly = true)
	public boolean isMember(UUID accountId, UUID organisationId) {
		return this.organisations.findById(organisationId)
			.map((organisation) -> organisation.isMember(accountId))
			.orElse(false);
	}

	/** The people of an organisation who can still be written to. */
	@Transactional(readOnly = true)
	public List<PersonSummary> membersOf(UUID organisationId) {
		return this.organisations.findById(organisationId)
			.map((organisation) -> organisation.memberships()
				.stream()
				.map((membership) -> person(membership.accountId()))
				.flatMap(Optional::stream)
				.toList())
			.orElse(List.of());
	}

	/** The agent's people: members of every organisation of type agent. */
	@Transactional(readOnly = true)
	public List<PersonSummary> agentStaff() {
		return this.organisations.findByType(OrganisationType.AGENT)
			.stream()
			.flatMap((organisation) -> membersOf(organisation.id()).stream())
			.distinct()
			.toList();
	}

	/**
	 * The groups each of these members declared with consent; members without a consented
	 * declaration are absent. For counting only.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Set<DeclaredGroup>> declaredGroups(Collection<UUID> accountIds) {
		Map<UUID, Set<DeclaredGroup>> groups = new HashMap<>();
		this.accounts.findAllById(accountIds)
			.stream()
			.filter((account) -> account.status() != AccountStatus.ERASED)
			.forEach((account) -> {
				Set<DeclaredGroup> declared = EnumSet.noneOf(DeclaredGroup.class);
				account.declarations().forEach((declaration) -> declared.add(group(declaration.attribute())));
				if (!declared.isEmpty()) {
					groups.put(account.id(), declared);
				}
			});
		return groups;
	}

	private static DeclaredGroup group(SensitiveAttribute attribute) {
		return switch (attribute) {
			case WOMAN -> DeclaredGroup.WOMEN;
			case AGED_60_OR_OVER -> DeclaredGroup.AGED_60_OR_OVER;
			case DISABILITY -> DeclaredGroup.DISABLED;
		};
	}

	private static PersonSummary summary(Account account) {
		return new PersonSummary(account.id(), account.profile().displayName(), account.email(),
				account.profile().preferredLanguage(), account.profile().prefecture());
	}

	private static OrganisationSummary summary(Organisation organisation) {
		return new OrganisationSummary(organisation.id(), organisation.name(), organisation.type(),
				organisation.prefecture(), organisation.facilityKind(), organisation.clientKind());
	}

}
