package jp.musubi.platform.web;

import java.util.List;

/**
 * A module's addresses that take a request body larger than a form's: uploads, and an
 * encoder's pushed segments. Every other request may send {@link RequestBodyLimits#FORM}
 * at most. Each allowance says who may send that much; anyone else is refused with 413
 * before a byte of the body is read, so a stranger cannot make the server spool gigabytes
 * to disk before sign-in or CSRF would refuse them. Keep them narrow.
 */
public interface LargeBodies {

	List<BodyAllowance> allowances();

}
