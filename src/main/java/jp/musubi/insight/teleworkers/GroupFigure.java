package jp.musubi.insight.teleworkers;

import java.util.Set;
import java.util.UUID;

import jp.musubi.accounts.DeclaredGroup;

/**
 * How many of a week's teleworkers declared, with consent, that they belong to a group,
 * or null when that count is not shown. The groups are sensitive (sex, age, disability:
 * 要配慮個人情報 for disability), and the staff who read the figures know who teleworked, since
 * they broker the contracts. So a count is shown only when it points at no one:
 * <ul>
 * <li>at least {@link #THRESHOLD} people are in the group and at least as many are not
 * (MHLW's NDB open data uses 10): a count of 1 says who, if staff know one of the
 * teleworkers is a woman, and a count equal to the total says it of everyone. Zero is not
 * shown either, so "not shown" never means "at least one";</li>
 * <li>and, against every other week whose count is shown, at least {@link #THRESHOLD}
 * people teleworked in one week and not the other, each way: otherwise the difference of
 * two counts is the group of the few people who came or went, or a withdrawn
 * consent.</li>
 * </ul>
 * Counts are decided once per week and kept ({@code WeekGroups}), so a consent withdrawn
 * later changes no count already shown.
 */
public record GroupFigure(DeclaredGroup group, Integer count) {

	static final int THRESHOLD = 10;

	static GroupFigure of(DeclaredGroup group, int count, int teleworkers) {
		boolean shown = count >= THRESHOLD && teleworkers - count >= THRESHOLD;
		return new GroupFigure(group, shown ? count : null);
	}

	/**
	 * Whether two weeks' teleworkers differ by enough people, each way, that the
	 * difference of their groups' counts points at no one.
	 */
	static boolean farApart(Set<UUID> week, Set<UUID> other) {
		return missingFrom(week, other) >= THRESHOLD && missingFrom(other, week) >= THRESHOLD;
	}

	private static long missingFrom(Set<UUID> these, Set<UUID> those) {
		return these.stream().filter((person) -> !those.contains(person)).count();
	}

	GroupFigure hidden() {
		return new GroupFigure(this.group, null);
	}

	public boolean isHidden() {
		return this.count == null;
	}

	public String messageKey() {
		return "insight.teleworkers.group." + this.group.name();
	}

}
