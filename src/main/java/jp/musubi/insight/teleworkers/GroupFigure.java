package jp.musubi.insight.teleworkers;

import jp.musubi.accounts.DeclaredGroup;

/**
 * How many of a week's teleworkers declared, with consent, that they belong to a group.
 * In a small region a count of one to four points at people one may know, and the groups
 * are sensitive (sex, age, disability), so such a count is not shown: only that it is
 * fewer than five. The exact count never leaves this record.
 */
record GroupFigure(DeclaredGroup group, Integer count) {

	/** The smallest count shown as a number, besides zero. */
	static final int SMALLEST_SHOWN = 5;

	static GroupFigure of(DeclaredGroup group, int count) {
		boolean few = count > 0 && count < SMALLEST_SHOWN;
		return new GroupFigure(group, few ? null : count);
	}

	public boolean isFewerThanFive() {
		return this.count == null;
	}

	public String messageKey() {
		return "insight.teleworkers.group." + this.group.name();
	}

}
