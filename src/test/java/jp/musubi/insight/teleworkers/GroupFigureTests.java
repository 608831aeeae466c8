package jp.musubi.insight.teleworkers;

import jp.musubi.accounts.DeclaredGroup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GroupFigureTests {

	@Test
	void countsFromOneToFourAreShownAsFewerThanFive() {
		for (int count = 1; count <= 4; count++) {
			GroupFigure figure = GroupFigure.of(DeclaredGroup.WOMEN, count);
			assertThat(figure.isFewerThanFive()).as("%d people", count).isTrue();
			assertThat(figure.count()).as("%d people", count).isNull();
		}
	}

	@Test
	void noneAndFiveOrMoreAreShownAsTheyAre() {
		assertThat(GroupFigure.of(DeclaredGroup.DISABLED, 0).count()).isZero();
		assertThat(GroupFigure.of(DeclaredGroup.AGED_60_OR_OVER, 5).count()).isEqualTo(5);
		assertThat(GroupFigure.of(DeclaredGroup.AGED_60_OR_OVER, 5).isFewerThanFive()).isFalse();
	}

}
