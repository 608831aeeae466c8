package jp.musubi.insight.teleworkers;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jp.musubi.accounts.DeclaredGroup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GroupFigureTests {

	@Test
	void aCountIsShownOnlyWithTenInTheGroupAndTenOutsideIt() {
		for (int count = 0; count < 10; count++) {
			assertThat(GroupFigure.of(DeclaredGroup.WOMEN, count, 40).isHidden()).as("%d of 40", count).isTrue();
		}
		assertThat(GroupFigure.of(DeclaredGroup.WOMEN, 10, 20).count()).isEqualTo(10);
		assertThat(GroupFigure.of(DeclaredGroup.WOMEN, 11, 20).isHidden()).as("9 outside the group").isTrue();
		assertThat(GroupFigure.of(DeclaredGroup.WOMEN, 1, 1).isHidden()).as("the only teleworker").isTrue();
		assertThat(GroupFigure.of(DeclaredGroup.WOMEN, 0, 1).isHidden()).as("zero hidden too, or hidden would mean one")
			.isTrue();
	}

	@Test
	void twoWeeksAreFarApartWhenTenCameAndTenWent() {
		Set<UUID> week = people(20);
		Set<UUID> next = new HashSet<>(week);
		next.add(UUID.randomUUID());
		assertThat(GroupFigure.farApart(next, week)).as("one came").isFalse();
		Set<UUID> newcomers = people(10);
		Set<UUID> changed = new HashSet<>(newcomers);
		week.stream().limit(10).forEach(changed::add);
		assertThat(GroupFigure.farApart(changed, week)).as("ten came and ten went").isTrue();
		changed.remove(newcomers.iterator().next());
		assertThat(GroupFigure.farApart(week, changed)).as("nine came and eleven went").isFalse();
	}

	private static Set<UUID> people(int count) {
		Set<UUID> people = new HashSet<>();
		for (int n = 0; n < count; n++) {
			people.add(UUID.randomUUID());
		}
		return people;
	}

}
