package jp.musubi.shop.shipping;

import java.util.List;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.text.PostalCode;
import jp.musubi.platform.text.Prefecture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IslandsTests {

	@Test
	void chichijimaAndHahajimaAreFoundByPostalCodeAndTakeNoCoolParcel() {
		assertThat(Islands.DEFAULT.ruleFor(new PostalCode("100-2101"))).hasValueSatisfying((rule) -> {
			assertThat(rule.place()).contains("父島");
			assertThat(rule.coolReachable()).isFalse();
			assertThat(rule.extraTransitDays()).isEqualTo(9);
		});
		assertThat(Islands.DEFAULT.ruleFor(new PostalCode("100-2211")))
			.hasValueSatisfying((rule) -> assertThat(rule.place()).contains("母島"));
	}

	@Test
	void okushiriIsFoundByItsPrefix() {
		assertThat(Islands.DEFAULT.ruleFor(new PostalCode("043-1521")))
			.hasValueSatisfying((rule) -> assertThat(rule.coolReachable()).isTrue());
	}

	@Test
	void theMainlandHasNoRule() {
		assertThat(Islands.DEFAULT.ruleFor(new PostalCode("100-0001"))).isEmpty();
		assertThat(Islands.DEFAULT.ruleFor(new PostalCode("043-1600"))).isEmpty();
	}

	@Test
	void theLongestPrefixWins() {
		Islands islands = new Islands(List.of(new IslandRule("100", "広すぎる範囲", 1, Yen.ZERO, true),
				new IslandRule("1002101", "父島", 9, Yen.of(300), false)));

		assertThat(islands.ruleFor(new PostalCode("100-2101")))
			.hasValueSatisfying((rule) -> assertThat(rule.surcharge()).isEqualTo(Yen.of(300)));
	}

	@Test
	void aPostalCodeTypedWithFullWidthDigitsFindsTheIsland() {
		Destination destination = Destination.of(Prefecture.TOKYO, "〒１００－２１０１", Islands.DEFAULT);

		assertThat(destination.postalCode()).isEqualTo(new PostalCode("100-2101"));
		assertThat(destination.coolReachable()).isFalse();
		assertThat(destination.extraTransitDays()).isEqualTo(9);
	}

	@Test
	void aRuleNeedsDigitsForItsPrefix() {
		assertThatThrownBy(() -> new IslandRule("父島", "父島", 9, Yen.ZERO, false))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
