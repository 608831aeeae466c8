package jp.musubi.tourism.figures.web;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.tourism.TourismAccess;
import jp.musubi.tourism.facility.Facilities;
import jp.musubi.tourism.facility.Facility;
import jp.musubi.tourism.figures.FacilityFigures;
import jp.musubi.tourism.figures.Figures;
import jp.musubi.tourism.figures.MonthCount;
import jp.musubi.tourism.figures.OwnMonth;
import jp.musubi.tourism.figures.ProgrammeBookings;
import jp.musubi.tourism.figures.RegionFigures;
import jp.musubi.tourism.figures.RepeatRate;
import jp.musubi.tourism.figures.Score;
import jp.musubi.tourism.figures.SuppressedTable.Cell;
import jp.musubi.tourism.figures.SuppressedTable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dashboards' figures as JSON, this month's: the region's for the agent's staff, a
 * facility's for its staff and its own token. A hidden count is {@code "value": null}
 * with {@code "suppressed": true}, never the number.
 */
@RestController
@RequestMapping("/api/v1/tourism")
@Tag(name = "tourism")
class FiguresApi {

	private final Figures figures;

	private final Facilities facilities;

	private final TourismAccess access;

	FiguresApi(Figures figures, Facilities facilities, TourismAccess access) {
		this.figures = figures;
		this.facilities = facilities;
		this.access = access;
	}

	@GetMapping("/figures")
	@Operation(summary = "The region's figures this month, counts of people suppressed: the agent's staff signed in "
			+ "(403 otherwise)")
	RegionView region(Authentication authentication, Locale locale) {
		if (!(authentication.getPrincipal() instanceof CurrentUser user)) {
			throw new TourismAccess.Refused("The region's figures are for the agent's staff in person");
		}
		this.access.requireAgentStaff(user);
		RegionFigures region = this.figures.region(this.figures.thisMonth(), locale);
		return new RegionView(region.asOf(), region.month(), TableView.of(region.visitorsByArea()),
				region.repeat().percent(), region.repeat().tooFew(), TableView.of(region.cohorts()),
				region.programmes(), region.scores(), TableView.of(region.facilityGuests()),
				TableView.of(region.checkups()));
	}

	@GetMapping("/facilities/{facilityId}/figures")
	@Operation(summary = "A facility's own figures this month exactly and the rest of the region suppressed: the "
			+ "facility's own token or its staff (403 otherwise)")
	FacilityView facility(@PathVariable UUID facilityId, Authentication authentication, Locale locale) {
		Facility facility = this.facilities.find(facilityId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (authentication.getPrincipal() instanceof ApiClient client) {
			this.access.requireOwnFacility(client, facility.organisationId());
		}
		else if (authentication.getPrincipal() instanceof CurrentUser user) {
			this.access.requireStaffOf(user, facility.organisationId());
		}
		else {
			throw new TourismAccess.Refused("Unknown caller");
		}
		FacilityFigures own = this.figures.facility(facilityId, this.figures.thisMonth(), locale);
		return new FacilityView(own.asOf(), own.month(), own.ownVisits(), own.ownCheckups(), TableView.of(own.region()),
				TableView.of(own.otherFacilities()), TableView.of(own.otherCheckups()));
	}

	/**
	 * @param repeatPercent the share of repeaters, {@code null} without guests or with
	 * too few ({@code repeatSuppressed}); their numbers are not given (see
	 * {@link RepeatRate})
	 */
	record RegionView(Instant asOf, YearMonth month, TableView visitorsByArea, Double repeatPercent,
			boolean repeatSuppressed, TableView cohorts, List<ProgrammeBookings> programmes, List<Score> scores,
			TableView facilityGuests, TableView checkups) {

	}

	record FacilityView(Instant asOf, YearMonth month, List<OwnMonth> ownVisits, List<MonthCount> ownCheckups,
			TableView region, TableView otherFacilities, TableView otherCheckups) {

	}

	/**
	 * A suppressed table as JSON: hidden cells and totals are null and flagged; totals a
	 * table does not have are null.
	 */
	record TableView(List<String> rows, List<String> columns, List<List<Cell>> cells, List<Cell> rowTotals,
			List<Cell> columnTotals, Cell total) {

		static TableView of(SuppressedTable table) {
			List<List<Cell>> cells = new ArrayList<>();
			List<Cell> rowTotals = new ArrayList<>();
			for (int i = 0; i < table.rows().size(); i++) {
				List<Cell> row = new ArrayList<>();
				for (int j = 0; j < table.columns().size(); j++) {
					row.add(table.cell(i, j));
				}
				cells.add(row);
				if (table.hasRowTotals()) {
					rowTotals.add(table.rowTotal(i));
				}
			}
			List<Cell> columnTotals = new ArrayList<>();
			for (int j = 0; j < table.columns().size() && table.hasColumnTotals(); j++) {
				columnTotals.add(table.columnTotal(j));
			}
			return new TableView(table.rows(), table.columns(), cells, table.hasRowTotals() ? rowTotals : null,
					table.hasColumnTotals() ? columnTotals : null, table.grandTotal());
		}

	}

}
