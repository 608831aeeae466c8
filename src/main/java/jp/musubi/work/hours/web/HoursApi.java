package jp.musubi.work.hours.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.work.hours.HoursLog;
import jp.musubi.work.hours.TeleworkHours;
import jp.musubi.work.request.web.Caller;
import jp.musubi.work.request.web.WorkApi;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The member logs a contract's telework hours through the API, as on its page. */
@RestController
@WorkApi
@Tag(name = "work")
class HoursApi {

	private final HoursLog hours;

	HoursApi(HoursLog hours) {
		this.hours = hours;
	}

	@PostMapping("/api/v1/work/contracts/{id}/hours")
	@Operation(summary = "Log or correct the telework hours of a week (any date in it): the contract's member "
			+ "in person only (400 problem+json when refused)")
	HoursView logHours(@PathVariable UUID id, @RequestBody LoggedHours body, Authentication authentication) {
		TeleworkHours logged = this.hours.log(Caller.person(authentication), id, body.week(), body.hours());
		return new HoursView(logged.contractId(), logged.weekStart(), logged.hours(), logged.loggedAt());
	}

	/**
	 * A week's telework hours: any date in the week, and the hours with at most one
	 * decimal (the domain refuses what is not plausible, as on the page).
	 */
	record LoggedHours(LocalDate week, BigDecimal hours) {

	}

	/** The hours as logged, for the week starting on Monday {@code weekStart}. */
	record HoursView(UUID contractId, LocalDate weekStart, BigDecimal hours, Instant loggedAt) {

	}

}
