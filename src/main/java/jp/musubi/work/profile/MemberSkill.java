package jp.musubi.work.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import jp.musubi.work.skill.Skill;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;

/** A skill a member has: how well (1 beginner to 5 expert) and for how many years. */
@Embeddable
public class MemberSkill {

	public static final int MIN_LEVEL = 1;

	public static final int MAX_LEVEL = 5;

	public static final int MAX_YEARS = 60;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "skill_id")
	// The vocabulary changes only by migration (after which a mass reindex runs), never
	// in use.
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	@IndexedEmbedded(includePaths = { "id", "name", "nameEn" })
	private Skill skill;

	@Column(nullable = false)
	private int level;

	@Column(nullable = false)
	private int years;

	protected MemberSkill() {
	}

	MemberSkill(Skill skill, int level, int years) {
		if (level < MIN_LEVEL || level > MAX_LEVEL) {
			throw new IllegalArgumentException("Level " + level);
		}
		if (years < 0 || years > MAX_YEARS) {
			throw new IllegalArgumentException("Years " + years);
		}
		this.skill = skill;
		this.level = level;
		this.years = years;
	}

	public Skill skill() {
		return this.skill;
	}

	public int level() {
		return this.level;
	}

	public int years() {
		return this.years;
	}

	public String levelKey() {
		return "work.skill.level." + this.level;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MemberSkill memberSkill && memberSkill.skill.equals(this.skill);
	}

	@Override
	public int hashCode() {
		return this.skill.hashCode();
	}

}
