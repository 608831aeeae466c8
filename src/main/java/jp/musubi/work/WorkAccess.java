package jp.musubi.work;

import java.util.List;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the work exchange. Clients act for the client organisations they
 * belong to; the agent's staff broker everything; members act for themselves; an
 * organisation's API token acts for its own organisation and no other. A refusal is an
 * {@link AccessDeniedException}, which the platform turns into 403 with nothing changed.
 */
@Component
public class WorkAccess {

	private final Accounts accounts;

	WorkAccess(Accounts accounts) {
		this.accounts = accounts;
	}

	public boolean isAgentStaff(CurrentUser user) {
		return user.hasRole(Role.AGENT_STAFF) || user.hasRole(Role.ADMIN);
	}

	public boolean isClientOf(CurrentUser user, UUID organisationId) {
		return belongsTo(user.accountId(), organisationId);
	}

	/** Whether the person is one of the organisation's people. */
	public boolean belongsTo(UUID accountId, UUID organisationId) {
		return this.accounts.isMember(accountId, organisationId);
	}

	/** The client organisations the user may order work for. */
	public List<OrganisationSummary> clientOrganisations(CurrentUser user) {
		return this.accounts.organisationsOf(user.accountId())
			.stream()
			.filter((organisation) -> organisation.type() == OrganisationType.CLIENT)
			.toList();
	}

	public void requireAgentStaff(CurrentUser user) {
		if (!isAgentStaff(user)) {
			throw new Refused("Only the agent's staff may do this");
		}
	}

	public void requireClientOf(CurrentUser user, UUID organisationId) {
		if (!isClientOf(user, organisationId)) {
			throw new Refused("Not a client of " + organisationId);
		}
	}

	/** The client side of an organisation's work or the agent may do this. */
	public void requireClientOrAgent(CurrentUser user, UUID organisationId) {
		if (!isAgentStaff(user) && !isClientOf(user, organisationId)) {
			throw new Refused("Neither the client nor the agent");
		}
	}

	/** The person orders work for at least one client organisation. */
	public void requireClient(CurrentUser user) {
		if (clientOrganisations(user).isEmpty()) {
			throw new Refused("Not a client of any organisation");
		}
	}

	/**
	 * The token belongs to a client organisation: only those order work, whatever else a
	 * token of a facility or producer may do elsewhere.
	 */
	public void requireClientOrganisation(ApiClient client) {
		boolean isClient = this.accounts.organisation(client.organisationId())
			.map((organisation) -> organisation.type() == OrganisationType.CLIENT)
			.orElse(false);
		if (!isClient) {
			throw new Refused("The token's organisation is not a client");
		}
	}

	/** The token acts for this organisation, its own. */
	public void requireOwnOrganisation(ApiClient client, UUID organisationId) {
		if (!client.organisationId().equals(organisationId)) {
			throw new Refused("A token acts for its own organisation only");
		}
	}

	public void requireMember(CurrentUser user) {
		if (!user.hasRole(Role.MEMBER)) {
			throw new Refused("Only members do this");
		}
	}

	/** The person may not read or change this. */
	public static class Refused extends AccessDeniedException {

		public Refused(String message) {
			super(message);
		}

	}

}
