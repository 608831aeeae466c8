package jp.musubi.tourism.figures;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the needs analysis counts in an answer: the nouns, nothing else. */
class SurveyNounsTests {

	@Test
	void theNounsOfAnAnswerInTheirBaseForm() {
		assertThat(SurveyNouns.of("温泉がとても良かった。露天風呂と温泉の食事も最高でした！")).containsEntry("温泉", 2)
			.containsKey("食事")
			.doesNotContainKeys("とても", "良い", "でし", "の");
	}

	@Test
	void anEmptyAnswerHasNoNouns() {
		assertThat(SurveyNouns.of("  ")).isEmpty();
		assertThat(SurveyNouns.of(null)).isEmpty();
	}

	@Test
	void theScoreIsHiddenBelowFiveAnswers() {
		assertThat(Score.of("首都圏", new long[] { 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 3 }).suppressed()).isTrue();
		Score score = Score.of("首都圏", new long[] { 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 3 });
		// 3 promoters and 1 detractor of 5: 60 % - 20 % = 40; (3 + 7 + 30) / 5 = 8.0
		assertThat(score.nps()).isEqualTo(40);
		assertThat(score.average()).isEqualTo(8.0);
	}

}
