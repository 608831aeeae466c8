package jp.musubi.tourism.booking.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.web.Dates;
import jp.musubi.tourism.booking.BookingRefused;

import org.springframework.validation.Errors;

/**
 * The dates and party a guest types, read as the form's text so that every mistake gets
 * its own words next to the field, and the domain's refusals put beside the field they
 * are about.
 */
public final class StayInput {

	private StayInput() {
	}

	public static Optional<LocalDate> arrival(String typed, Errors errors) {
		if (typed == null || typed.isBlank()) {
			errors.rejectValue("arrival", "tourism.booking.error.arrival.missing");
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(
					java.text.Normalizer.normalize(typed.strip(), java.text.Normalizer.Form.NFKC).replace('/', '-')));
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue("arrival", "tourism.booking.error.arrival.format");
			return Optional.empty();
		}
	}

	public static Optional<Integer> partySize(String typed, Errors errors) {
		if (typed == null || typed.isBlank()) {
			errors.rejectValue("partySize", "tourism.booking.error.party.missing");
			return Optional.empty();
		}
		String plain = java.text.Normalizer.normalize(typed.strip(), java.text.Normalizer.Form.NFKC);
		if (!plain.matches("\\d{1,9}")) {
			errors.rejectValue("partySize", "tourism.booking.error.party.format");
			return Optional.empty();
		}
		return Optional.of(Integer.parseInt(plain));
	}

	/**
	 * Puts the refusal next to its field, or above the form, with its dates written out.
	 */
	public static void reject(Errors errors, BookingRefused refused, Dates dates, Locale locale) {
		Object[] arguments = arguments(refused, dates, locale);
		String field = switch (refused.reason()) {
			case IN_THE_PAST, OUT_OF_SEASON -> "arrival";
			case PARTY_SIZE -> "partySize";
			case CODE_TOO_LONG -> "redemptionCode";
			default -> null;
		};
		if (field != null) {
			errors.rejectValue(field, refused.messageKey(), arguments, null);
		}
		else {
			errors.reject(refused.messageKey(), arguments, null);
		}
	}

	static Object[] arguments(BookingRefused refused, Dates dates, Locale locale) {
		Object[] arguments = refused.arguments();
		for (int i = 0; i < arguments.length; i++) {
			if (arguments[i] instanceof LocalDate day) {
				arguments[i] = dates.day(day, locale);
			}
			else if (arguments[i] instanceof BookingRefused.ComponentName name) {
				arguments[i] = name.in(Language.ofOrDefault(locale));
			}
		}
		return arguments;
	}

}
