package jp.musubi.platform.disclosure;

/**
 * The smallest and largest value a hidden count can take given everything its reader sees
 * and knows; {@code max} is {@link Double#POSITIVE_INFINITY} when nothing bounds it.
 */
public record Interval(double min, double max) {

	public double width() {
		return this.max - this.min;
	}

	public boolean contains(long value) {
		return this.min <= value + Audit.TOLERANCE && value - Audit.TOLERANCE <= this.max;
	}

}
