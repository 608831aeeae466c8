package jp.musubi.tourism.campaign;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.tourism.guest.Interest;
import jp.musubi.tourism.guest.TargetArea;

/**
 * What a guest must have to be in a segment. Every criterion is optional and they all
 * apply together; within a list one value is enough (a guest from Asia or from the nearby
 * cities). Visits are check-ins; the score is the guest's latest answer to "would you
 * recommend us" (0 to 10).
 */
public record SegmentCriteria(Set<TargetArea> areas, Set<Language> languages, Set<UUID> programmes, Integer minVisits,
		LocalDate lastVisitAfter, LocalDate lastVisitBefore, Integer minScore, Integer maxScore,
		Set<Interest> interests) {

	public SegmentCriteria {
		areas = (areas != null) ? Set.copyOf(areas) : Set.of();
		languages = (languages != null) ? Set.copyOf(languages) : Set.of();
		programmes = (programmes != null) ? Set.copyOf(programmes) : Set.of();
		interests = (interests != null) ? Set.copyOf(interests) : Set.of();
	}

	/** Everyone: a segment of the whole region. */
	public static SegmentCriteria everyone() {
		return new SegmentCriteria(null, null, null, null, null, null, null, null, null);
	}

	/**
	 * @throws InputRefused when a number is out of range or the criteria contradict each
	 * other, so no guest could ever match
	 */
	void check() {
		if (this.minVisits != null && (this.minVisits < 1 || this.minVisits > 1000)) {
			throw new InputRefused("minVisits", "tourism.segment.error.minVisits");
		}
		if (this.minScore != null && (this.minScore < 0 || this.minScore > 10)) {
			throw new InputRefused("minScore", "tourism.segment.error.score");
		}
		if (this.maxScore != null && (this.maxScore < 0 || this.maxScore > 10)) {
			throw new InputRefused("maxScore", "tourism.segment.error.score");
		}
		if (this.minScore != null && this.maxScore != null && this.minScore > this.maxScore) {
			throw new InputRefused("maxScore", "tourism.segment.error.scoreOrder");
		}
		if (this.lastVisitAfter != null && this.lastVisitBefore != null
				&& !this.lastVisitAfter.isBefore(this.lastVisitBefore)) {
			throw new InputRefused("lastVisitBefore", "tourism.segment.error.visitOrder");
		}
	}

}
