package jp.musubi.shop.shipping;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.text.PostalCode;

/**
 * The remote islands the shop treats apart, found by postal code; the longest matching
 * prefix wins, so one island can be carved out of a wider area. The {@link #DEFAULT} list
 * is a small seed written here to start with; the agent keeps the list as data later
 * (carriers change what they take cool, and where), and a shop passes its own.
 */
public record Islands(List<IslandRule> rules) {

	/**
	 * A seed of islands whose service differs most, from public sources checked in
	 * December 2026:
	 * <ul>
	 * <li>小笠原村 父島 (〒100-2101, the village office's address): a parcel from central Tokyo
	 * takes about 10 days by Yamato (7 or more by ゆうパック) against 1 day within Tokyo, as
	 * the only link is the ferry おがさわら丸 about once a week; taken as 9 days more, and no
	 * cool parcel, since the crossing alone is a day at sea and the ship sails
	 * weekly.</li>
	 * <li>小笠原村 母島 (〒100-2211): one more boat, ははじま丸, from 父島; a day more than 父島.</li>
	 * <li>奥尻町 奥尻島 (〒043-14.., 043-152.., as shops list them): a ferry from 江差 or せたな; one
	 * day more, cool taken. The day is an estimate.</li>
	 * </ul>
	 * None carries a surcharge: Yamato and ゆうパック charge no relay fee to islands.
	 */
	public static final Islands DEFAULT = new Islands(
			List.of(new IslandRule("100-2101", "東京都小笠原村父島", 9, Yen.ZERO, false),
					new IslandRule("100-2211", "東京都小笠原村母島", 10, Yen.ZERO, false),
					new IslandRule("043-14", "北海道奥尻郡奥尻町", 1, Yen.ZERO, true),
					new IslandRule("043-152", "北海道奥尻郡奥尻町", 1, Yen.ZERO, true)));

	public Islands {
		rules = List.copyOf(rules);
	}

	/** The rule of the island the postal code is on, or empty for the mainland. */
	public Optional<IslandRule> ruleFor(PostalCode code) {
		return this.rules.stream()
			.filter((rule) -> rule.covers(code))
			.max(Comparator.comparingInt((IslandRule rule) -> rule.prefix().length()));
	}

}
