package jp.musubi.tourism.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme's rules, judged once in the domain for the staff's pages and the API: a
 * plain test of each, without Spring.
 */
class ProgrammeRulesTests {

	private static final UUID ROOM = UUID.randomUUID();

	@Test
	void aComponentNeedsABookableCapacityAndDaysWithinTheLongestStay() {
		List<InputRefused> refusals = new ArrayList<>();
		assertThat(Component.judge("components[0].", ROOM, 0, 3, true, Set.of(ROOM), refusals))
			.contains(new Component(ROOM, 0, 3, true));
		assertThat(refusals).isEmpty();

		assertThat(Component.judge("components[1].", UUID.randomUUID(), -1, ProgrammeTerms.MAX_NIGHTS + 2, false,
				Set.of(ROOM), refusals))
			.isEmpty();
		assertThat(refusals).extracting(InputRefused::field)
			.containsExactly("components[1].capacityId", "components[1].firstDay", "components[1].days");
		assertThat(refusals).extracting(InputRefused::messageKey)
			.containsExactly("tourism.programme.error.capacity", "tourism.programme.error.firstDay",
					"tourism.programme.error.days");
	}

	@Test
	void aTextNeedsBothItsNameAndItsSummaryOrNeither() {
		List<InputRefused> refusals = new ArrayList<>();
		assertThat(ProgrammeTerms.Text.judge("texts[0].", "  ３泊ミニ湯治 ", " 湯治棟に泊まります。 ", refusals))
			.hasValueSatisfying((text) -> assertThat(text.summary()).isEqualTo("湯治棟に泊まります。"));
		assertThat(ProgrammeTerms.Text.judge("texts[1].", "", " ", refusals)).isEmpty();
		assertThat(refusals).isEmpty();

		assertThat(ProgrammeTerms.Text.judge("texts[2].", "Mini stay", null, refusals)).isEmpty();
		assertThat(ProgrammeTerms.Text.judge("texts.ko.", null, "요약", refusals)).isEmpty();
		assertThat(refusals).extracting(InputRefused::field).containsExactly("texts[2].summary", "texts.ko.name");
	}

	@Test
	void theFiguresAreRefusedFieldByField() {
		ProgrammeTerms terms = new ProgrammeTerms("YU-3", ProgrammeTerms.MAX_NIGHTS + 1, Yen.of(-1),
				LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1), 4, 2, 400, 101, Map.of(), List.of());
		assertThat(terms.refusals()).extracting(InputRefused::field)
			.containsExactly("nights", "pricePerPerson", "seasonEnd", "maxParty", "freeCancellationDays",
					"cancellationFeePercent");
		assertThat(terms.refusals()).filteredOn((refused) -> refused.field().equals("maxParty"))
			.extracting(InputRefused::messageKey)
			.containsExactly("tourism.programme.error.partyOrder");
	}

}
