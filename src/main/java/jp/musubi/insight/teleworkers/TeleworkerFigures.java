package jp.musubi.insight.teleworkers;

import java.math.BigDecimal;
import java.util.List;

/**
 * The region's teleworkers for the chosen week and the weeks before it, measured against
 * the national goal. {@code population}, {@code goalTeleworkers} and the shares are null
 * while no employed population has been entered.
 */
public record TeleworkerFigures(WeekCount week, List<GroupFigure> groups, List<WeekCount> trend,
		PopulationEntry population, BigDecimal goalPercent, Long goalTeleworkers) {

	public boolean hasPopulation() {
		return this.population != null;
	}

}
