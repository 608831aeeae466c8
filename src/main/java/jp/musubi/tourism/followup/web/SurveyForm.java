package jp.musubi.tourism.followup.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.musubi.platform.text.PlainText;
import jp.musubi.tourism.followup.Survey;

/**
 * The guest's answer. Free text is kept as typed, markup and all: it is only ever shown
 * escaped, and refusing a "<" would puzzle a guest who meant it. Only characters that
 * cannot be shown honestly are refused.
 */
public class SurveyForm {

	@NotNull
	@Min(0)
	@Max(10)
	private Integer recommendScore;

	@Size(max = Survey.ANSWER_LIMIT)
	@PlainText
	private String answer;

	public Integer getRecommendScore() {
		return this.recommendScore;
	}

	public void setRecommendScore(Integer recommendScore) {
		this.recommendScore = recommendScore;
	}

	public String getAnswer() {
		return this.answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer;
	}

}
