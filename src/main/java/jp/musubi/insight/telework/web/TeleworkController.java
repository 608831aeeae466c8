package jp.musubi.insight.telework.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import jp.musubi.insight.telework.TeleworkFigures;
import jp.musubi.platform.web.SharedPage;
import jp.musubi.platform.web.ScriptData;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "About telework": the seed's figures as charts, with the same figures in tables beside
 * them so that they are there for screen readers and without JavaScript.
 */
@Controller
class TeleworkController {

	private final MessageSource messages;

	private final JsonMapper json;

	TeleworkController(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/about/telework")
	@SharedPage
	String telework(Locale locale, Model model) {
		model.addAttribute("shares", TeleworkFigures.SHARES);
		model.addAttribute("goal", TeleworkFigures.GOAL_PERCENT);
		model.addAttribute("nowMan", TeleworkFigures.NOW_MAN);
		model.addAttribute("targetMan", TeleworkFigures.TARGET_MAN);
		model.addAttribute("chartData", ScriptData.of(this.json, chartData(locale)));
		model.addAttribute("scripts", List.of("/webjars/chart.js/dist/chart.umd.min.js", "/js/telework-charts.js"));
		return "insight/telework/telework";
	}

	private Map<String, Object> chartData(Locale locale) {
		return Map.of("shares", Map.of("labels",
				TeleworkFigures.SHARES.stream()
					.map((share) -> message("insight.telework.country." + share.key(), locale))
					.toList(),
				"values", TeleworkFigures.SHARES.stream().map(TeleworkFigures.CountryShare::percent).toList(), "goal",
				TeleworkFigures.GOAL_PERCENT, "seriesLabel", message("insight.telework.chart.share.series", locale),
				"goalLabel", message("insight.telework.chart.share.goal", locale), "axisLabel",
				message("insight.telework.chart.share.axis", locale)), "count",
				Map.of("labels",
						List.of(message("insight.telework.chart.count.now", locale),
								message("insight.telework.chart.count.target", locale)),
						"values", List.of(TeleworkFigures.NOW_MAN, TeleworkFigures.TARGET_MAN), "seriesLabel",
						message("insight.telework.chart.count.series", locale), "axisLabel",
						message("insight.telework.chart.count.axis", locale)));
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
