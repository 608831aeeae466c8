package jp.musubi.tourism.figures;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import jp.musubi.tourism.figures.Figures.Facility;

/**
 * What a facility's staff see: their own visits and checkups exactly, the region and the
 * other partners only suppressed.
 */
public record FacilityFigures(Instant asOf, YearMonth month, Facility facility, List<OwnMonth> ownVisits,
		List<MonthCount> ownCheckups, SuppressedTable region, SuppressedTable otherFacilities,
		SuppressedTable otherCheckups) {

}
