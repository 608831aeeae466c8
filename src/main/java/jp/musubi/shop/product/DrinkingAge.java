package jp.musubi.shop.product;

import java.time.LocalDate;

/**
 * The Act prohibiting drinking by minors (二十歳未満ノ者ノ飲酒ノ禁止ニ関スル法律) forbids selling alcohol to
 * anyone under 20, and the liquor tax guidelines for mail order ask the seller to confirm
 * the buyer's age on the order screen with a birth date, not a tick box.
 */
public final class DrinkingAge {

	/** The age from which a person may be sold alcohol. */
	public static final int MINIMUM = 20;

	private DrinkingAge() {
	}

	/**
	 * Whether a person born on the given day may buy alcohol on the given day. The Act on
	 * Counting Age (年齢計算ニ関スル法律) makes a person a year older as the day before their
	 * birthday ends, so they are 20 from the first moment of their 20th birthday; for
	 * someone born on 29 February the 20th anniversary always falls in a leap year until
	 * 2100.
	 */
	public static boolean allows(LocalDate birthDate, LocalDate day) {
		return !birthDate.plusYears(MINIMUM).isAfter(day);
	}

	/**
	 * Whether a birth date can be a real buyer's: not in the future and not more than 130
	 * years ago.
	 */
	public static boolean isPlausible(LocalDate birthDate, LocalDate today) {
		return !birthDate.isAfter(today) && birthDate.isAfter(today.minusYears(130));
	}

}
