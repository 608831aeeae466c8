package jp.musubi.tourism.programme.web;

import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.web.FormErrors;
import jp.musubi.tourism.TourismAccess;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the CRM's staff pages share in handling a person and their input. The facilities'
 * pages use it as well as the programmes', so it is public here, beside the programme
 * form that leans on it most, rather than copied into each feature's web package.
 */
public final class TourismForms {

	private TourismForms() {
	}

	/** Puts the domain's refusals next to their fields. */
	public static void reject(BindingResult errors, List<InputRefused> refusals) {
		FormErrors.reject(errors, refusals, UnaryOperator.identity());
	}

	/**
	 * The person signed in. Some staff pages share their address pattern with public ones
	 * ({@code /tourism/programmes/{id}}), so the security rules let a visitor through and
	 * the refusal here sends them to sign in.
	 */
	/**
	 * Rejects a field left empty with the page's own words for it. The general "enter
	 * this" of a {@code @NotBlank} would win over a constraint's message, so required
	 * fields are checked here; a value that could not be read keeps its format error.
	 */
	public static void required(BindingResult errors, String field, Object value, String messageKey) {
		boolean empty = value == null || (value instanceof String text && text.isBlank());
		if (empty && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, messageKey);
		}
	}

	/** Rejects a number outside its range, unless the field has an error already. */
	public static void range(BindingResult errors, String field, Integer value, int min, int max, String messageKey) {
		if (value != null && (value < min || value > max) && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, messageKey);
		}
	}

	public static CurrentUser signedIn(CurrentUser user) {
		if (user == null) {
			throw new TourismAccess.Refused("Sign in first");
		}
		return user;
	}

	public static ResponseStatusException notFound(UUID id) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "Not found: " + id);
	}

}
