package jp.musubi.tourism.followup.web;

import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import jp.musubi.tourism.followup.Survey;
import jp.musubi.tourism.followup.Surveys;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The survey a guest opens from the link in their mail, without signing in: the link's
 * token is the key. A link that opens nothing says so plainly; an answered survey thanks
 * the guest again and keeps the first answer.
 */
@Controller
class SurveyController {

	private final Surveys surveys;

	SurveyController(Surveys surveys) {
		this.surveys = surveys;
	}

	@GetMapping("/tourism/surveys/{token}")
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		Optional<Survey> survey = this.surveys.byToken(token);
		if (survey.isEmpty()) {
			return unknown(response);
		}
		if (survey.get().isAnswered()) {
			return "tourism/followup/survey-answered";
		}
		model.addAttribute("surveyForm", new SurveyForm());
		return form(token, model);
	}

	@PostMapping("/tourism/surveys/{token}")
	String answer(@PathVariable String token, @Valid @ModelAttribute SurveyForm surveyForm, BindingResult errors,
			Model model, HttpServletResponse response) {
		Optional<Survey> survey = this.surveys.byToken(token);
		if (survey.isEmpty()) {
			return unknown(response);
		}
		if (survey.get().isAnswered()) {
			return "tourism/followup/survey-answered";
		}
		if (errors.hasErrors()) {
			return form(token, model);
		}
		try {
			Survey answered = this.surveys.answer(token, surveyForm.getRecommendScore(), surveyForm.getAnswer());
			model.addAttribute("survey", answered);
			return "tourism/followup/survey-thanks";
		}
		catch (Survey.AlreadyAnswered ex) {
			return "tourism/followup/survey-answered";
		}
	}

	private String form(String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("scores", IntStream.rangeClosed(0, 10).boxed().toList());
		return "tourism/followup/survey";
	}

	private static String unknown(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "tourism/followup/survey-unknown";
	}

}
