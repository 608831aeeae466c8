package jp.musubi.tourism.figures.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.PageLinks;
import jp.musubi.platform.web.ScriptData;
import jp.musubi.tourism.TourismAccess;
import jp.musubi.tourism.facility.Facilities;
import jp.musubi.tourism.facility.Facility;
import jp.musubi.tourism.figures.Figures;
import jp.musubi.tourism.figures.FiguresProperties;
import jp.musubi.tourism.figures.OwnGuest;
import jp.musubi.tourism.figures.ProgrammeBookings;
import jp.musubi.tourism.figures.RegionFigures;
import jp.musubi.tourism.figures.Score;
import jp.musubi.tourism.figures.SuppressedTable;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dashboards: the region's for the agent's staff, and each facility's for its own
 * staff, with the rest of the region suppressed. Charts are drawn from the same figures
 * the tables beside them hold, so the page reads the same without JavaScript.
 */
@Controller
class FiguresController {

	static final int GUESTS_PER_PAGE = 20;

	private final Figures figures;

	private final Facilities facilities;

	private final TourismAccess access;

	private final MessageSource messages;

	private final JsonMapper json;

	private final FiguresProperties properties;

	FiguresController(Figures figures, Facilities facilities, TourismAccess access, MessageSource messages,
			JsonMapper json, FiguresProperties properties) {
		this.properties = properties;
		this.figures = figures;
		this.facilities = facilities;
		this.access = access;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/tourism/figures")
	String region(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String month,
			Locale locale, Model model) {
		this.access.requireAgentStaff(user);
		YearMonth shown = month(month, model);
		RegionFigures region = this.figures.region(shown, locale);
		model.addAttribute("figures", region);
		model.addAttribute("months", recentMonths());
		model.addAttribute("threshold", this.properties.threshold());
		model.addAttribute("chartData", ScriptData.of(this.json, chartData(region, locale)));
		model.addAttribute("scripts", List.of("/webjars/chart.js/dist/chart.umd.min.js", "/js/tourism-figures.js"));
		return "tourism/figures/figures";
	}

	@GetMapping("/tourism/facility/{facilityId}/figures")
	String facility(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID facilityId,
			@RequestParam(required = false) String month, @RequestParam(defaultValue = "1") int page, Locale locale,
			HttpServletRequest request, Model model) {
		Facility facility = ownFacility(user, facilityId);
		YearMonth shown = month(month, model);
		model.addAttribute("figures", this.figures.facility(facility.id(), shown, locale));
		Page<OwnGuest> guests = this.figures.ownGuests(facility.id(),
				PageRequest.of(Math.max(page, 1) - 1, GUESTS_PER_PAGE));
		model.addAttribute("guests", guests);
		model.addAttribute("links", PageLinks.of(guests, request));
		model.addAttribute("months", recentMonths());
		model.addAttribute("threshold", this.properties.threshold());
		return "tourism/figures/facility-figures";
	}

	private Facility ownFacility(CurrentUser user, UUID facilityId) {
		Facility facility = this.facilities.find(facilityId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.access.requireStaffOf(user, facility.organisationId());
		return facility;
	}

	/**
	 * The month asked for, or this one: a month that is not one, or lies ahead, is said
	 * so on the page and this month shown instead.
	 */
	private YearMonth month(String requested, Model model) {
		YearMonth current = this.figures.thisMonth();
		if (requested == null || requested.isBlank()) {
			return current;
		}
		try {
			YearMonth month = YearMonth.parse(requested.strip());
			if (!month.isAfter(current) && month.isAfter(current.minusYears(10))) {
				return month;
			}
		}
		catch (DateTimeParseException ex) {
			// said on the page below
		}
		model.addAttribute("monthRefused", true);
		return current;
	}

	private List<YearMonth> recentMonths() {
		YearMonth current = this.figures.thisMonth();
		List<YearMonth> months = new ArrayList<>();
		for (int k = 0; k < Figures.MONTHS; k++) {
			months.add(current.minusMonths(k));
		}
		return months;
	}

	private Map<String, Object> chartData(RegionFigures region, Locale locale) {
		Map<String, Object> data = new LinkedHashMap<>();
		SuppressedTable visitors = region.visitorsByArea();
		List<Map<String, Object>> series = new ArrayList<>();
		for (int j = 0; j < visitors.columns().size(); j++) {
			List<Long> values = new ArrayList<>();
			for (int i = 0; i < visitors.rows().size(); i++) {
				values.add(visitors.cell(i, j).value());
			}
			series.add(Map.of("label", visitors.columns().get(j), "values", values));
		}
		data.put("visitors", Map.of("labels", visitors.rows(), "series", series, "axisLabel",
				message("tourism.figures.visitors.axis", locale)));
		data.put("programmes",
				Map.of("labels", region.programmes().stream().map(ProgrammeBookings::name).toList(), "values",
						region.programmes().stream().map(ProgrammeBookings::bookings).toList(), "seriesLabel",
						message("tourism.figures.programmes.bookings", locale)));
		List<Score> scores = region.scores();
		data.put("scores",
				Map.of("labels", scores.stream().map(Score::label).toList(), "values",
						scores.stream().map((score) -> (score.nps() != null) ? score.nps() : null).toList(),
						"seriesLabel", message("tourism.figures.scores.nps", locale)));
		return data;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
