package jp.musubi.tourism.figures;

import java.util.ArrayList;
import java.util.List;

import jp.musubi.platform.disclosure.CountTable;
import jp.musubi.platform.disclosure.Protection;
import jp.musubi.platform.disclosure.Suppression;

/**
 * How likely guests are to recommend the region (0 to 10): the net promoter score (the
 * share of 9 and 10 less the share of 0 to 6) and the average. With fewer answers than
 * the threshold of the shared figures both stay hidden, so that no single guest's answer
 * shows.
 */
record Score(String label, Long answers, Integer nps, Double average) {

	/**
	 * The score of each area and, last, of all: the numbers of answers are a table with
	 * its total, so an area's small number is hidden and so is whatever would give it
	 * away as the total less the others ({@link Suppression}); an area whose number is
	 * hidden has its score hidden too.
	 */
	static List<Score> ofAreas(List<String> labels, String allLabel, long[][] answersByArea, Protection protection) {
		CountTable table = new CountTable();
		long[] all = new long[11];
		List<Integer> cells = new ArrayList<>();
		long total = 0;
		for (long[] answers : answersByArea) {
			long count = 0;
			for (int score = 0; score <= 10; score++) {
				count += answers[score];
				all[score] += answers[score];
			}
			cells.add(table.count("answers " + cells.size(), count));
			total += count;
		}
		int allCell = table.count("answers", total);
		table.total(allCell, cells);
		Suppression suppression = Suppression.of(table, protection);
		List<Score> scores = new ArrayList<>();
		for (int i = 0; i < answersByArea.length; i++) {
			scores.add(of(labels.get(i), answersByArea[i], protection.threshold(), suppression.isHidden(cells.get(i))));
		}
		scores.add(of(allLabel, all, protection.threshold(), suppression.isHidden(allCell)));
		return scores;
	}

	static Score of(String label, long[] answersByScore, int fewestAnswers) {
		return of(label, answersByScore, fewestAnswers, false);
	}

	private static Score of(String label, long[] answersByScore, int fewestAnswers, boolean hidden) {
		long answers = 0;
		long sum = 0;
		long promoters = 0;
		long detractors = 0;
		for (int score = 0; score <= 10; score++) {
			long n = answersByScore[score];
			answers += n;
			sum += n * score;
			if (score >= 9) {
				promoters += n;
			}
			else if (score <= 6) {
				detractors += n;
			}
		}
		if (hidden || answers < fewestAnswers) {
			// The number of answers goes with the score, in the API's answer too; none is
			// no one and shows.
			return new Score(label, (answers == 0) ? Long.valueOf(0) : null, null, null);
		}
		int nps = (int) Math.round((promoters - detractors) * 100.0 / answers);
		return new Score(label, answers, nps, Math.round(sum * 10.0 / answers) / 10.0);
	}

	public boolean suppressed() {
		return this.nps == null;
	}

}
