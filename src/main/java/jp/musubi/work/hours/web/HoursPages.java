package jp.musubi.work.hours.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.work.hours.HoursLog;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member logs a week's telework hours from the contract's page, which shows them; a
 * refused entry comes back to that page with the value as typed.
 */
@Controller
class HoursPages {

	private final HoursLog hours;

	HoursPages(HoursLog hours) {
		this.hours = hours;
	}

	@PostMapping("/work/contracts/{id}/hours")
	String logHours(@PathVariable UUID id, @RequestParam(required = false) String week,
			@RequestParam(required = false) String hours, @AuthenticationPrincipal CurrentUser member,
			RedirectAttributes redirect) {
		try {
			this.hours.log(member, id, parseDate(week), parseHours(hours));
			redirect.addFlashAttribute("notice", "work.hours.logged");
		}
		catch (InputRefused refused) {
			redirect.addFlashAttribute("hoursError", refused.messageKey());
			redirect.addFlashAttribute("hoursValue", hours);
		}
		return "redirect:/work/contracts/" + id + "#hours";
	}

	private static LocalDate parseDate(String text) {
		try {
			return (text == null || text.isBlank()) ? null : LocalDate.parse(text.strip());
		}
		catch (RuntimeException ex) {
			throw new InputRefused("week", "work.hours.error.week");
		}
	}

	private static BigDecimal parseHours(String text) {
		try {
			return (text == null || text.isBlank()) ? null : new BigDecimal(JapaneseText.normalize(text));
		}
		catch (NumberFormatException ex) {
			throw new InputRefused("hours", "work.hours.error.hours");
		}
	}

}
