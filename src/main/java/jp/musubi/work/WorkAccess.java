package jp.musubi.work;

import java.util.List;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the work exchange. Clients act for the client organisations they
 * belong to; the agent's staff broker everything; members act for themselves. A refusal
 * is an {@link AccessDeniedException}, which the platform turns into 403 with nothing
 * changed.
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
