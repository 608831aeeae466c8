package jp.musubi.accounts.account.web;

/**
 * What an e-mail address must look like here: the Jakarta check allows addresses without
 * a dot in the domain ("user@localhost"), which no member of the public has, and
 * invisible or direction characters (\p{C}), which no mail server takes and which would
 * make one address look like another on an administrator's screen.
 */
public final class EmailRules {

	public static final String PATTERN = "^[^@\\s\\p{C}<>\"']+@[^@\\s\\p{C}<>\"']+\\.[^@\\s\\p{C}<>\"']+$";

	/**
	 * The same for a field that {@code @NotBlank} checks too: an empty field is that
	 * check's to report, else the visitor is told both to enter an address and that it is
	 * malformed.
	 */
	public static final String PATTERN_OR_EMPTY = "^$|" + PATTERN;

	private EmailRules() {
	}

}
