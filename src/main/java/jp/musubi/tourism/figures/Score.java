package jp.musubi.tourism.figures;

/**
 * How likely guests are to recommend the region (0 to 10): the net promoter score (the
 * share of 9 and 10 less the share of 0 to 6) and the average. With fewer than five
 * answers both stay hidden, so that no single guest's answer shows.
 */
record Score(String label, long answers, Integer nps, Double average) {

	static Score of(String label, long[] answersByScore) {
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
		if (answers < Figures.FEWEST_ANSWERS) {
			return new Score(label, answers, null, null);
		}
		int nps = (int) Math.round((promoters - detractors) * 100.0 / answers);
		return new Score(label, answers, nps, Math.round(sum * 10.0 / answers) / 10.0);
	}

	public boolean suppressed() {
		return this.nps == null;
	}

}
