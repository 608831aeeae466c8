package jp.musubi.platform.disclosure;

/**
 * The rule a shared count of people must meet (the "threshold rule" of statistical
 * offices; MHLW's NDB open data uses 10).
 * <p>
 * <b>Primary:</b> a count of 1 to {@code threshold − 1} people is hidden; 0 is no one and
 * is shown, and so is a count the reader knows exactly anyway.
 * <p>
 * <b>Protected:</b> a hidden count is protected when the interval it can lie in, given
 * every count shown to its reader, every count the reader knows of its own and every
 * linear relation between them, is at least {@code threshold} wide
 * ({@code max − min ≥ threshold}). So a reader can never tell a hidden count more closely
 * than a range of {@code threshold} people: not which of 1 to 9 a small count is, nor a
 * hidden larger count to within fewer than 10. The interval is that of the linear
 * relaxation (counts as non-negative real numbers), as τ-ARGUS and sdcTable audit: it
 * holds every integer solution, and for tables of sums it has integer ends anyway.
 */
public record Protection(int threshold) {

	public Protection {
		if (threshold < 2) {
			throw new IllegalArgumentException("A threshold below 2 protects no one: " + threshold);
		}
	}

	/** Whether the count must be hidden for itself. */
	public boolean isSmall(long count) {
		return count > 0 && count < this.threshold;
	}

	/** Whether a reader who can bound a hidden count to this interval learns too much. */
	public boolean protects(Interval interval) {
		return interval.width() >= this.threshold - Audit.TOLERANCE;
	}

}
