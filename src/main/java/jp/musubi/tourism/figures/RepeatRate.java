package jp.musubi.tourism.figures;

/**
 * Guests with a visit in the last twelve months, and those of them with two or more.
 */
record RepeatRate(long guests, long repeaters) {

	/**
	 * The share of repeaters in per cent with one decimal, {@code null} without guests.
	 */
	public Double percent() {
		return (this.guests == 0) ? null : Math.round(this.repeaters * 1000.0 / this.guests) / 10.0;
	}

}
