package jp.musubi.accounts;

import java.util.Map;
import java.util.UUID;

/**
 * A module's part of the download of a person's data (APPI article 33: the person may ask
 * for all the personal data held about them). Every module that keeps data about an
 * account contributes one, and a test fails for a module that keeps such rows and leaves
 * them out of the download.
 */
public interface PersonalDataPart {

	/** The part's name in the download: the module's. */
	String name();

	/**
	 * What the module keeps about the account, named by what it is (e.g. "contracts"),
	 * each a value that writes as JSON; empty lists when the account has none.
	 */
	Map<String, Object> of(UUID accountId);

}
