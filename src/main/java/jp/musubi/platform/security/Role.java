package jp.musubi.platform.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The roles of product/SPEC.md. Member and guest are chosen at sign-up; client, agent
 * staff, producer and facility staff come from belonging to an organisation of that type;
 * adviser and admin are given by an administrator.
 */
public enum Role {

	MEMBER, GUEST, CLIENT, AGENT_STAFF, ADVISER, PRODUCER, FACILITY_STAFF, ADMIN;

	/** The authority Spring Security checks with {@code hasRole(name())}. */
	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

	public String messageKey() {
		return "role." + name();
	}

}
