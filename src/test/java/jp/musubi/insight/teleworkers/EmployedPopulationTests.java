package jp.musubi.insight.teleworkers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EmployedPopulationTests {

	private static final UUID STAFF = UUID.randomUUID();

	@Test
	void theShareIsAPercentageToOneDecimalRoundedHalfUp() {
		EmployedPopulation population = population(2_000);
		assertThat(population.shareOf(3)).isEqualByComparingTo("0.2");
		assertThat(population.shareOf(3).scale()).isEqualTo(1);
		assertThat(population.shareOf(0)).hasToString("0.0");
		assertThat(population.shareOf(400)).hasToString("20.0");
	}

	@Test
	void theGoalIsTheTeleworkersThatMakeTwentyPercentRoundedUp() {
		assertThat(population(2_000).teleworkersFor(new BigDecimal("20"))).isEqualTo(400);
		assertThat(population(2_001).teleworkersFor(new BigDecimal("20"))).isEqualTo(401);
	}

	@Test
	void aFigureOutsideOneToAHundredMillionOrWithoutSourceIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> population(0));
		assertThatIllegalArgumentException().isThrownBy(() -> population(100_000_001));
		assertThatIllegalArgumentException().isThrownBy(() -> new EmployedPopulation(1_000, " ", STAFF, Instant.EPOCH));
	}

	private static EmployedPopulation population(int employed) {
		return new EmployedPopulation(employed, "2020年国勢調査", STAFF, Instant.EPOCH);
	}

}
