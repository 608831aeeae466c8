package jp.musubi.accounts.web;

/**
 * What an e-mail address must look like here: the Jakarta check allows addresses without
 * a dot in the domain ("user@localhost"), which no member of the public has.
 */
final class EmailRules {

	static final String PATTERN = "^[^@\\s<>\"']+@[^@\\s<>\"']+\\.[^@\\s<>\"']+$";

	private EmailRules() {
	}

}
