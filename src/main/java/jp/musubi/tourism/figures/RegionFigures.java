package jp.musubi.tourism.figures;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The region's dashboard for the agent's staff: every count of people suppressed, as the
 * association sees only aggregates; programmes and capacity are the agent's own business
 * and shown as they are.
 */
public record RegionFigures(Instant asOf, YearMonth month, SuppressedTable visitorsByArea, RepeatRate repeat,
		SuppressedTable cohorts, List<ProgrammeBookings> programmes, List<Utilisation> utilisation, List<Score> scores,
		Map<String, List<NounCount>> nouns, SuppressedTable facilityGuests, SuppressedTable checkups) {

}
