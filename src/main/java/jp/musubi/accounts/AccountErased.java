package jp.musubi.accounts;

import java.util.UUID;

/**
 * An account was erased at its owner's request. Every module that keeps personal data
 * about the account deletes it, except what a law obliges it to keep.
 */
public record AccountErased(UUID accountId) {

	/**
	 * A name to put where the person's stood on what a law makes a module keep (the erase
	 * page shows its form, #3f9a1c2e): chosen at random rather than derived from the
	 * account, so nothing kept elsewhere leads back from it to the person.
	 */
	public static String pseudonym() {
		return "#" + UUID.randomUUID().toString().substring(0, 8);
	}

}
