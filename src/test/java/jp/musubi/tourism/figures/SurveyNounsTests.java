package jp.musubi.tourism.figures;

import java.util.List;

import jp.musubi.platform.disclosure.Protection;
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
	void theScoreIsHiddenBelowTheThreshold() {
		assertThat(Score.of("首都圏", new long[] { 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 3 }, 5).suppressed()).isTrue();
		Score score = Score.of("首都圏", new long[] { 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 3 }, 5);
		// 3 promoters and 1 detractor of 5: 60 % - 20 % = 40; (3 + 7 + 30) / 5 = 8.0
		assertThat(score.nps()).isEqualTo(40);
		assertThat(score.average()).isEqualTo(8.0);
	}

	@Test
	void anAreasFewAnswersCannotBeTakenFromTheAllLessTheOtherAreas() {
		long[] three = { 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 2 };
		long[] twenty = { 0, 0, 0, 0, 0, 0, 0, 0, 10, 0, 10 };
		long[] thirty = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 15, 15 };
		long[] twelve = { 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 10 };

		List<Score> scores = Score.ofAreas(List.of("首都圏", "アジア", "近隣", "その他"), "全体",
				new long[][] { twenty, three, thirty, twelve }, new Protection(10));

		assertThat(scores.get(1).suppressed()).isTrue();
		// 65 answers in all less 20, 30 and 12 would give the 3 away: one more is hidden.
		assertThat(scores.stream().filter(Score::suppressed).count()).isGreaterThanOrEqualTo(2);
		assertThat(scores.get(1).answers()).as("hidden in the API's answer too").isNull();
		assertThat(scores.get(4).answers()).isEqualTo(65);
	}

}
