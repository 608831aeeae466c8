package jp.musubi.tourism;

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
 * Who may do what in the CRM. A facility's staff act for the facility organisations they
 * belong to and see their own guests; the agent's staff compose programmes and see the
 * region's figures; a guest acts for themselves; a facility's API token acts for its own
 * facility and no other. A refusal is an {@link AccessDeniedException}: 403, nothing
 * changed.
 */
@Component
public class TourismAccess {

	private final Accounts accounts;

	TourismAccess(Accounts accounts) {
		this.accounts = accounts;
	}

	public boolean isAgentStaff(CurrentUser user) {
		return user.hasRole(Role.AGENT_STAFF) || user.hasRole(Role.ADMIN);
	}

	/** The facility organisations the person works for. */
	public List<OrganisationSummary> facilityOrganisations(CurrentUser user) {
		return this.accounts.organisationsOf(user.accountId())
			.stream()
			.filter((organisation) -> organisation.type() == OrganisationType.FACILITY)
			.toList();
	}

	public boolean isStaffOf(CurrentUser user, UUID facilityOrganisationId) {
		return this.accounts.isMember(user.accountId(), facilityOrganisationId);
	}

	public void requireAgentStaff(CurrentUser user) {
		if (!isAgentStaff(user)) {
			throw new Refused("Only the agent's staff may do this");
		}
	}

	public void requireStaffOf(CurrentUser user, UUID facilityOrganisationId) {
		if (!isStaffOf(user, facilityOrganisationId)) {
			throw new Refused("Not staff of " + facilityOrganisationId);
		}
	}

	/** The token acts for this facility organisation, its own. */
	public void requireOwnFacility(ApiClient client, UUID facilityOrganisationId) {
		if (!client.organisationId().equals(facilityOrganisationId)) {
			throw new Refused("A token acts for its own facility only");
		}
	}

	/** The person may not read or change this. */
	public static class Refused extends AccessDeniedException {

		public Refused(String message) {
			super(message);
		}

	}

}
