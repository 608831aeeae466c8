package jp.musubi.tourism.campaign;

/**
 * How many guests a segment holds, and how many of them a campaign may mail: only those
 * who gave their consent to marketing mail (APPI) and still have an account to mail to.
 */
public record SegmentSize(int matching, int consenting) {

	public int leftOut() {
		return this.matching - this.consenting;
	}

}
