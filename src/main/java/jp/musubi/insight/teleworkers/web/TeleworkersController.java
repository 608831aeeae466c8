package jp.musubi.insight.teleworkers.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import tools.jackson.databind.json.JsonMapper;

import jp.musubi.insight.teleworkers.RegionTeleworkers;
import jp.musubi.insight.teleworkers.TeleworkerFigures;
import jp.musubi.insight.teleworkers.WeekCount;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.ScriptData;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The region's teleworkers for the agent's staff (and administrators): a week's count by
 * group against the employed population and the national goal, the recent weeks as a
 * chart and a table, and the form where staff enter the employed population. Who may come
 * here is decided in {@code InsightAccess}.
 */
@Controller
class TeleworkersController {

	private static final String PAGE = "insight/teleworkers/teleworkers";

	private final RegionTeleworkers teleworkers;

	private final MessageSource messages;

	private final JsonMapper json;

	TeleworkersController(RegionTeleworkers teleworkers, MessageSource messages, JsonMapper json) {
		this.teleworkers = teleworkers;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/insight/teleworkers")
	String teleworkers(@RequestParam(required = false) String week, Locale locale, Model model) {
		PopulationForm form = new PopulationForm();
		form.setWeek(week);
		model.addAttribute("populationForm", form);
		return page(week, locale, model);
	}

	@PostMapping("/insight/population")
	String enterPopulation(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute PopulationForm populationForm, BindingResult errors, Locale locale, Model model,
			RedirectAttributes redirect) {
		populationForm.check(errors);
		if (errors.hasErrors()) {
			return page(populationForm.getWeek(), locale, model);
		}
		this.teleworkers.enterPopulation(user.accountId(), populationForm.employedCount().getAsInt(),
				populationForm.sourceText());
		redirect.addFlashAttribute("notice", "insight.teleworkers.population.saved");
		LocalDate week = parse(populationForm.getWeek());
		return "redirect:" + UriComponentsBuilder.fromPath("/insight/teleworkers")
			.queryParamIfPresent("week", Optional.ofNullable(week))
			.build()
			.toUriString();
	}

	private String page(String requestedWeek, Locale locale, Model model) {
		TeleworkerFigures figures = this.teleworkers.figures(parse(requestedWeek));
		Map<LocalDate, String> labels = new LinkedHashMap<>();
		this.teleworkers.recentWeeks().forEach((week) -> labels.put(week, label(week, locale)));
		model.addAttribute("figures", figures);
		model.addAttribute("weekLabels", labels);
		model.addAttribute("history", this.teleworkers.populationHistory());
		model.addAttribute("chartData", ScriptData.of(this.json, chartData(figures, locale)));
		model.addAttribute("scripts", List.of("/webjars/chart.js/dist/chart.umd.min.js", "/js/teleworkers-chart.js"));
		return PAGE;
	}

	private static LocalDate parse(String week) {
		if (week == null || week.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(week.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private String label(LocalDate weekStart, Locale locale) {
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		return this.messages.getMessage("insight.teleworkers.week.range",
				new Object[] { format.format(weekStart), format.format(weekStart.plusDays(6)) }, locale);
	}

	/**
	 * What the chart draws: the same figures as the trend table. The goal is left out:
	 * drawn at a fifth of the region's employed population it would flatten the bars, and
	 * the page gives it and the share in figures.
	 */
	private Map<String, Object> chartData(TeleworkerFigures figures, Locale locale) {
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("labels", figures.trend().stream().map((week) -> format.format(week.weekStart())).toList());
		data.put("values", figures.trend().stream().map(WeekCount::teleworkers).toList());
		data.put("seriesLabel", message("insight.teleworkers.chart.series", locale));
		data.put("axisLabel", message("insight.teleworkers.chart.axis", locale));
		return data;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
