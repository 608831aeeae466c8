package jp.musubi.platform.search;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A notice on the board, indexed as the product's entities will be: a title searched by
 * words, a publisher sorted and grouped as one value. Mapped to a table only by
 * {@code notice.orm.xml}, so that it never joins the application's own entities.
 */
@Indexed
class Notice {

	private Long id;

	@FullTextField(analyzer = JapaneseAnalysis.ANALYZER)
	private String title;

	@KeywordField(normalizer = JapaneseAnalysis.SORT_NORMALIZER)
	private String publisher;

	protected Notice() {
	}

	Notice(Long id, String title, String publisher) {
		this.id = id;
		this.title = title;
		this.publisher = publisher;
	}

	Long id() {
		return this.id;
	}

}
