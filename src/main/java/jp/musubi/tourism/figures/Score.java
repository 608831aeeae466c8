package jp.musubi.tourism.figures;

import java.util.ArrayList;
import java.util.List;

import jp.musubi.platform.disclosure.Protection;

/**
 * How likely guests are to recommend the region (0 to 10): the net promoter score (the
 * share of 9 and 10 less the share of 0 to 6) and the average. With fewer answers than
 * the threshold of the shared figures both stay hidden, so that no single guest's answer
 * shows.
 */
public record Score(String label, Long answers, Integer nps, Double average) {

	/**
	 * The score of each area and, last, of all: the numbers of answers are a table with
	 * its total, so an area's small number is hidden and so is whatever would give it
	 * away as the total less the others; an area whose number is hidden has its score
	 * hidden too. A table of one dimension needs no linear programme (and a page runs
	 * none): the hidden areas add up to the total less the shown ones, so each lies
	 * between 0 and that sum and no closer, which must be two areas or more and reach the
	 * threshold; else the smallest shown area is hidden too, and with none left the
	 * total.
	 */
	static List<Score> ofAreas(List<String> labels, String allLabel, long[][] answersByArea, Protection protection) {
		int areas = answersByArea.length;
		long[] all = new long[11];
		long[] counts = new long[areas];
		long total = 0;
		boolean[] hidden = new boolean[areas];
		for (int i = 0; i < areas; i++) {
			for (int score = 0; score <= 10; score++) {
				counts[i] += answersByArea[i][score];
				all[score] += answersByArea[i][score];
			}
			total += counts[i];
			hidden[i] = protection.isSmall(counts[i]);
		}
		boolean allHidden = protection.isSmall(total);
		while (!allHidden) {
			int count = 0;
			long sum = 0;
			int smallestShown = -1;
			for (int i = 0; i < areas; i++) {
				if (hidden[i]) {
					count++;
					sum += counts[i];
				}
				else if (counts[i] > 0 && (smallestShown < 0 || counts[i] < counts[smallestShown])) {
					smallestShown = i;
				}
			}
			if (count == 0 || (count >= 2 && sum >= protection.threshold())) {
				break;
			}
			if (smallestShown < 0) {
				allHidden = true;
			}
			else {
				hidden[smallestShown] = true;
			}
		}
		List<Score> scores = new ArrayList<>();
		for (int i = 0; i < areas; i++) {
			scores.add(of(labels.get(i), answersByArea[i], protection.threshold(), hidden[i]));
		}
		scores.add(of(allLabel, all, protection.threshold(), allHidden));
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
