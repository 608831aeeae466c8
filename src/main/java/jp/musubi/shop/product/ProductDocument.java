package jp.musubi.shop.product;

import java.time.Instant;
import java.time.LocalDate;

import jp.musubi.platform.search.JapaneseAnalysis;
import jp.musubi.shop.storefront.Storefront;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * What the shop's search knows of a product: its names and descriptions in every language
 * and its producer's names, each twice (as written, and as read, so that りんご, リンゴ and 林檎
 * find each other), and what the window narrows and counts by, kept as values Lucene
 * counts without reading the products: kind, producer, temperature, lowest price, the
 * days it is in season, whether it is sold before its harvest.
 * <p>
 * Hibernate Search takes a product again whenever the properties named in {@link #bind}
 * change. What it cannot see is asked for by {@link ProductSearch}: a size's new price (a
 * size holds its product's id, not the product) and a storefront's new name.
 */
public class ProductDocument implements TypeBinder {

	static final String NAME = "name";

	static final String NAME_READING = "nameReading";

	static final String DESCRIPTION = "description";

	static final String DESCRIPTION_READING = "descriptionReading";

	static final String PRODUCER_NAME = "producerName";

	static final String PRODUCER_NAME_READING = "producerNameReading";

	static final String PUBLISHED = "published";

	static final String PUBLISHED_AT = "publishedAt";

	/** The product's id, to break ties between products published at the same instant. */
	static final String KEY = "key";

	static final String PRODUCER = "producer";

	static final String KIND = "kind";

	static final String TEMPERATURE = "temperature";

	static final String PRICE_FROM = "priceFrom";

	static final String IN_SEASON_FROM = "inSeasonFrom";

	static final String IN_SEASON_UNTIL = "inSeasonUntil";

	static final String PRE_ORDER = "preOrder";

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies()
			.use("published")
			.use("publishedAt")
			.use("producerId")
			.use("kind")
			.use("temperature")
			.use("texts")
			.use("variants")
			.use("harvest");
		IndexSchemaElement schema = context.indexSchemaElement();
		context.bridge(Product.class, new Bridge(schema));
	}

	private static final class Bridge implements TypeBridge<Product> {

		private final IndexFieldReference<String> name;

		private final IndexFieldReference<String> nameReading;

		private final IndexFieldReference<String> description;

		private final IndexFieldReference<String> descriptionReading;

		private final IndexFieldReference<String> producerName;

		private final IndexFieldReference<String> producerNameReading;

		private final IndexFieldReference<Boolean> published;

		private final IndexFieldReference<Instant> publishedAt;

		private final IndexFieldReference<String> key;

		private final IndexFieldReference<String> producer;

		private final IndexFieldReference<String> kind;

		private final IndexFieldReference<String> temperature;

		private final IndexFieldReference<Long> priceFrom;

		private final IndexFieldReference<LocalDate> inSeasonFrom;

		private final IndexFieldReference<LocalDate> inSeasonUntil;

		private final IndexFieldReference<Boolean> preOrder;

		Bridge(IndexSchemaElement schema) {
			this.name = text(schema, NAME, JapaneseAnalysis.ANALYZER);
			this.nameReading = text(schema, NAME_READING, JapaneseAnalysis.READING_ANALYZER);
			this.description = text(schema, DESCRIPTION, JapaneseAnalysis.ANALYZER);
			this.descriptionReading = text(schema, DESCRIPTION_READING, JapaneseAnalysis.READING_ANALYZER);
			this.producerName = text(schema, PRODUCER_NAME, JapaneseAnalysis.ANALYZER);
			this.producerNameReading = text(schema, PRODUCER_NAME_READING, JapaneseAnalysis.READING_ANALYZER);
			this.published = schema.field(PUBLISHED, (f) -> f.asBoolean()).toReference();
			this.publishedAt = schema.field(PUBLISHED_AT, (f) -> f.asInstant().sortable(Sortable.YES)).toReference();
			this.key = schema.field(KEY, (f) -> f.asString().sortable(Sortable.YES)).toReference();
			this.producer = facet(schema, PRODUCER);
			this.kind = facet(schema, KIND);
			this.temperature = facet(schema, TEMPERATURE);
			this.priceFrom = schema
				.field(PRICE_FROM, (f) -> f.asLong().aggregable(Aggregable.YES).sortable(Sortable.YES))
				.toReference();
			this.inSeasonFrom = schema.field(IN_SEASON_FROM, (f) -> f.asLocalDate()).toReference();
			this.inSeasonUntil = schema.field(IN_SEASON_UNTIL, (f) -> f.asLocalDate()).toReference();
			this.preOrder = schema.field(PRE_ORDER, (f) -> f.asBoolean().aggregable(Aggregable.YES)).toReference();
		}

		private static IndexFieldReference<String> text(IndexSchemaElement schema, String field, String analyzer) {
			return schema.field(field, (f) -> f.asString().analyzer(analyzer)).multiValued().toReference();
		}

		private static IndexFieldReference<String> facet(IndexSchemaElement schema, String field) {
			return schema.field(field, (f) -> f.asString().aggregable(Aggregable.YES)).toReference();
		}

		@Override
		public void write(DocumentElement target, Product product, TypeBridgeWriteContext context) {
			for (ProductText text : product.texts()) {
				target.addValue(this.name, text.name());
				target.addValue(this.nameReading, text.name());
				if (text.description() != null) {
					target.addValue(this.description, text.description());
					target.addValue(this.descriptionReading, text.description());
				}
			}
			Storefront storefront = context.extension(HibernateOrmExtension.get())
				.session()
				.find(Storefront.class, product.producerId());
			if (storefront != null) {
				for (String producerName : storefront.names()) {
					target.addValue(this.producerName, producerName);
					target.addValue(this.producerNameReading, producerName);
				}
			}
			target.addValue(this.published, product.isPublished());
			target.addValue(this.publishedAt, product.publishedAt());
			target.addValue(this.key, product.id().toString());
			target.addValue(this.producer, product.producerId().toString());
			target.addValue(this.kind, product.kind().name());
			target.addValue(this.temperature, product.temperature().name());
			target.addValue(this.priceFrom, product.priceFrom().amount());
			product.harvest().ifPresent((harvest) -> {
				target.addValue(this.inSeasonFrom, harvest.inSeasonFrom());
				target.addValue(this.inSeasonUntil, harvest.inSeasonUntil());
			});
			target.addValue(this.preOrder, product.harvest().isPresent());
		}

	}

}
