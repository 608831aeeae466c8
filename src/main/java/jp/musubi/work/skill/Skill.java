package jp.musubi.work.skill;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.search.JapaneseAnalysis;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;

/**
 * A skill of the shared vocabulary (データ入力, 翻訳（英語→日本語）, ウェブデザイン ...). Members say which
 * they have; requests say which they need; matching compares the two.
 */
@Entity
@Table(name = "skill")
public class Skill {

	@Id
	@GenericField(aggregable = Aggregable.YES)
	private UUID id;

	@FullTextField(analyzer = JapaneseAnalysis.ANALYZER)
	@Column(nullable = false)
	private String name;

	@FullTextField(name = "nameEn")
	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(nullable = false)
	private String field;

	protected Skill() {
	}

	public UUID id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public String nameEn() {
		return this.nameEn;
	}

	/**
	 * The skill's name in the reader's language: Japanese, or English for everyone else.
	 */
	public String nameIn(Language language) {
		return (language == Language.JA) ? this.name : this.nameEn;
	}

	/** A group of skills (office, language, creative, it ...), for arranging pickers. */
	public String field() {
		return this.field;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Skill skill && skill.id.equals(this.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

}
