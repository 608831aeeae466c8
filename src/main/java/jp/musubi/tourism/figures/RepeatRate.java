package jp.musubi.tourism.figures;

/**
 * Guests with a visit in the last twelve months, and those of them with two or more. Only
 * the share is shown: the guests of twelve months hold every month's new guests, so
 * beside the cohort table their number would be a sum over months that gives a hidden
 * cohort away (in a region younger than a year, exactly); a share without its base bounds
 * no count. Fewer guests than the threshold show no share either.
 *
 * @param tooFew whether there are fewer guests than the threshold of the shared figures
 */
public record RepeatRate(long guests, long repeaters, boolean tooFew) {

	/**
	 * The share of repeaters in per cent with one decimal, {@code null} without guests or
	 * with too few.
	 */
	public Double percent() {
		return (this.guests == 0 || this.tooFew) ? null : Math.round(this.repeaters * 1000.0 / this.guests) / 10.0;
	}

}
