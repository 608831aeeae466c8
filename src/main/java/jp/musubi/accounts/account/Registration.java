package jp.musubi.accounts.account;

import jp.musubi.platform.security.Role;

/**
 * What a person gives to sign up; the profile has been checked and normalised already.
 */
public record Registration(String email, String password, PersonProfile profile, Role kind) {

	@Override
	public String toString() {
		return "Registration[" + this.kind + "]";
	}

}
