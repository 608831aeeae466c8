package jp.musubi.accounts.web;

/**
 * What an e-mail address must look like here: the Jakarta check allows addresses without
 * a dot in the domain ("user@localhost"), which no member of the public has.
 */
final class EmailRules {

	static final String PATTERN = "^[^@\\s<>\"']+@[^@\\s<>\"']+\\.[^@\\s<>\"']+$";

	/**
	 * The same for a field that {@code @NotBlank} checks too: an empty field is that
	 * check's to report, else the visitor is told both to enter an address and that it is
	 * malformed.
	 */
	static final String PATTERN_OR_EMPTY = "^$|" + PATTERN;

	private EmailRules() {
	}

}
