package jp.musubi.tourism.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.musubi.platform.i18n.Language;
import jp.musubi.tourism.guest.Interest;
import jp.musubi.tourism.guest.TargetArea;

/**
 * A named group of guests the agent's staff aim campaigns at, kept as its criteria so it
 * is counted afresh each time: a guest who visits again or withdraws a consent moves in
 * or out of it by themselves.
 */
@Entity
@Table(name = "segment")
public class Segment {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String name;

	@Column(name = "target_areas")
	private String targetAreas;

	private String languages;

	@Column(name = "programme_ids")
	private String programmeIds;

	@Column(name = "min_visits")
	private Integer minVisits;

	@Column(name = "last_visit_after")
	private LocalDate lastVisitAfter;

	@Column(name = "last_visit_before")
	private LocalDate lastVisitBefore;

	@Column(name = "min_score")
	private Integer minScore;

	@Column(name = "max_score")
	private Integer maxScore;

	private String interests;

	@Column(name = "created_by", nullable = false)
	private UUID createdBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Segment() {
	}

	Segment(String name, SegmentCriteria criteria, UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.createdBy = createdBy;
		change(name, criteria, now);
	}

	void change(String name, SegmentCriteria criteria, Instant now) {
		criteria.check();
		this.name = name;
		this.targetAreas = joined(criteria.areas(), TargetArea::name);
		this.languages = joined(criteria.languages(), Language::tag);
		this.programmeIds = joined(criteria.programmes(), UUID::toString);
		this.minVisits = criteria.minVisits();
		this.lastVisitAfter = criteria.lastVisitAfter();
		this.lastVisitBefore = criteria.lastVisitBefore();
		this.minScore = criteria.minScore();
		this.maxScore = criteria.maxScore();
		this.interests = joined(criteria.interests(), Interest::name);
		this.updatedAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public SegmentCriteria criteria() {
		return new SegmentCriteria(split(this.targetAreas, TargetArea::valueOf),
				split(this.languages, (tag) -> Language.fromTag(tag).orElseThrow()),
				split(this.programmeIds, UUID::fromString), this.minVisits, this.lastVisitAfter, this.lastVisitBefore,
				this.minScore, this.maxScore, split(this.interests, Interest::valueOf));
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public long version() {
		return this.version;
	}

	private static <T> String joined(Collection<T> values, Function<T, String> name) {
		return values.isEmpty() ? null : values.stream().map(name).sorted().collect(Collectors.joining(","));
	}

	private static <T> Set<T> split(String joined, Function<String, T> value) {
		return (joined == null || joined.isBlank()) ? Set.of()
				: Arrays.stream(joined.split(",")).map(value).collect(Collectors.toSet());
	}

}
