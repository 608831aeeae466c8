package jp.musubi.tourism.checkin.web;

import java.time.LocalDate;
import java.util.Arrays;

import jp.musubi.platform.web.Dates;
import jp.musubi.tourism.checkin.CheckInRefused;
import jp.musubi.tourism.guest.TargetArea;

import org.springframework.validation.BindingResult;

/** How a check-in refusal reaches a form: the day in the reader's words. */
final class Refusals {

	private Refusals() {
	}

	static void reject(BindingResult errors, CheckInRefused refused, Dates dates) {
		errors.reject(refused.messageKey(), arguments(refused, dates), refused.messageKey());
	}

	static Object[] arguments(CheckInRefused refused, Dates dates) {
		return Arrays.stream(refused.arguments())
			.map((argument) -> (argument instanceof LocalDate day) ? dates.day(day) : argument)
			.toArray();
	}

	/** The target area a form or a caller named, if it is one. */
	static TargetArea area(String name) {
		for (TargetArea area : TargetArea.values()) {
			if (area.name().equals(name)) {
				return area;
			}
		}
		return null;
	}

}
