package jp.musubi.work.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.musubi.platform.search.JapaneseAnalysis;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.work.invoice.RegistrationNumber;
import jp.musubi.work.skill.Skill;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A member's work profile (スキルプロフィール): what they can do, how much time they have, where
 * they are, and what clients made of their work. The rating and the number of finished
 * contracts are kept up to date by the exchange, never typed.
 */
@Entity
@Table(name = "work_profile")
@Indexed(index = "work_profile")
public class WorkProfile {

	public static final int MAX_HOURS_PER_WEEK = 80;

	public static final int MAX_LINKS = 5;

	public static final int MAX_SKILLS = 20;

	@Id
	@Column(name = "account_id")
	private UUID accountId;

	@FullTextField(analyzer = JapaneseAnalysis.ANALYZER)
	private String introduction;

	@GenericField(sortable = Sortable.YES)
	@Column(name = "hours_per_week", nullable = false)
	private int hoursPerWeek;

	@KeywordField(aggregable = Aggregable.YES)
	private String prefecture;

	@Column(name = "registration_number")
	private String registrationNumber;

	@Column(name = "rating_sum", nullable = false)
	private int ratingSum;

	@Column(name = "rating_count", nullable = false)
	private int ratingCount;

	@GenericField(sortable = Sortable.YES)
	@Column(name = "finished_contracts", nullable = false)
	private int finishedContracts;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "work_profile_skill", joinColumns = @JoinColumn(name = "account_id"))
	@IndexedEmbedded
	private Set<MemberSkill> skills = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "work_profile_link", joinColumns = @JoinColumn(name = "account_id"))
	@OrderColumn(name = "position")
	@Column(name = "url")
	private List<String> links = new ArrayList<>();

	@Version
	private long version;

	protected WorkProfile() {
	}

	public WorkProfile(UUID accountId, Prefecture prefecture, Clock clock) {
		this.accountId = accountId;
		this.prefecture = (prefecture != null) ? prefecture.code() : null;
		this.updatedAt = clock.instant();
	}

	/** What the member writes about themselves and their working week. */
	public void describe(String introduction, int hoursPerWeek, Prefecture prefecture, List<String> links,
			RegistrationNumber registrationNumber, Clock clock) {
		if (hoursPerWeek < 0 || hoursPerWeek > MAX_HOURS_PER_WEEK) {
			throw new IllegalArgumentException("Hours per week " + hoursPerWeek);
		}
		if (links.size() > MAX_LINKS) {
			throw new IllegalArgumentException("Too many links");
		}
		this.introduction = introduction;
		this.hoursPerWeek = hoursPerWeek;
		this.prefecture = (prefecture != null) ? prefecture.code() : null;
		this.links = new ArrayList<>(links);
		this.registrationNumber = (registrationNumber != null) ? registrationNumber.value() : null;
		this.updatedAt = clock.instant();
	}

	/** Adds the skill, or changes its level and years if the member has it already. */
	public void addSkill(Skill skill, int level, int years, Clock clock) {
		this.skills.removeIf((memberSkill) -> memberSkill.skill().equals(skill));
		if (this.skills.size() >= MAX_SKILLS) {
			throw new TooManySkills();
		}
		this.skills.add(new MemberSkill(skill, level, years));
		this.updatedAt = clock.instant();
	}

	public boolean removeSkill(UUID skillId, Clock clock) {
		this.updatedAt = clock.instant();
		return this.skills.removeIf((memberSkill) -> memberSkill.skill().id().equals(skillId));
	}

	/** A client's rating of finished work, 1 to 5. */
	public void rated(int rating) {
		this.ratingSum += rating;
		this.ratingCount++;
	}

	public void finishedContract() {
		this.finishedContracts++;
	}

	public UUID accountId() {
		return this.accountId;
	}

	public String introduction() {
		return this.introduction;
	}

	public int hoursPerWeek() {
		return this.hoursPerWeek;
	}

	public Prefecture prefecture() {
		return Prefecture.ofCode(this.prefecture).orElse(null);
	}

	public Optional<RegistrationNumber> registrationNumber() {
		return Optional.ofNullable(this.registrationNumber).flatMap(RegistrationNumber::parse);
	}

	/** The average rating to one decimal, empty until someone rated. */
	public Optional<BigDecimal> rating() {
		if (this.ratingCount == 0) {
			return Optional.empty();
		}
		return Optional.of(BigDecimal.valueOf(this.ratingSum)
			.divide(BigDecimal.valueOf(this.ratingCount), 1, RoundingMode.HALF_UP));
	}

	/** The rating as a number for sorting and search, 0 when unrated. */
	@GenericField(name = "rating", sortable = Sortable.YES)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "ratingSum")),
			@ObjectPath(@PropertyValue(propertyName = "ratingCount")) })
	public double getRatingValue() {
		return (this.ratingCount == 0) ? 0 : (double) this.ratingSum / this.ratingCount;
	}

	public int ratingCount() {
		return this.ratingCount;
	}

	public int finishedContracts() {
		return this.finishedContracts;
	}

	public Set<MemberSkill> skills() {
		return Set.copyOf(this.skills);
	}

	public boolean hasSkill(UUID skillId) {
		return this.skills.stream().anyMatch((memberSkill) -> memberSkill.skill().id().equals(skillId));
	}

	public Optional<MemberSkill> skill(UUID skillId) {
		return this.skills.stream().filter((memberSkill) -> memberSkill.skill().id().equals(skillId)).findFirst();
	}

	public List<String> links() {
		return List.copyOf(this.links);
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	/** The member has more skills than a profile may list. */
	public static class TooManySkills extends RuntimeException {

		TooManySkills() {
			super("Too many skills");
		}

	}

}
