package jp.musubi.accounts;

import java.util.Optional;

import jp.musubi.platform.security.Role;

/**
 * What an organisation is to the region. Belonging to one gives its members the matching
 * role: the agent's people are agent staff, a client's people order work, and so on.
 */
public enum OrganisationType {

	AGENT(Role.AGENT_STAFF), CLIENT(Role.CLIENT), FACILITY(Role.FACILITY_STAFF), PRODUCER(Role.PRODUCER), NPO(null);

	private final Role memberRole;

	OrganisationType(Role memberRole) {
		this.memberRole = memberRole;
	}

	/** The role its members have; an NPO's members have none beyond their own. */
	public Optional<Role> memberRole() {
		return Optional.ofNullable(this.memberRole);
	}

	public String messageKey() {
		return "organisation.type." + name();
	}

}
