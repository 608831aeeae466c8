package jp.musubi.shop.product;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import jp.musubi.platform.web.Dates;
import jp.musubi.shop.product.FacetCount.Facet;
import jp.musubi.shop.shipping.Temperature;
import jp.musubi.shop.storefront.StorefrontEdited;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The shop's window searched through Hibernate Search on Lucene with the platform's
 * Japanese analysis, as the work exchange is: every typed word must be found, in a name
 * (counted most), a producer's name or a description, as written or as read (りんご finds
 * リンゴ and 林檎). Only published products of producers who may sell now are found; whether a
 * producer may sell is asked of the database on every search, so a notice made incomplete
 * takes its products out at once.
 * <p>
 * It also keeps the index in step where Hibernate Search cannot see a change (see
 * {@link ProductDocument}). Callers hold the transaction.
 */
@Service
class ProductSearch {

	/** More producers than a window's side can list; the most stocked come first. */
	static final int PRODUCER_FACETS = 50;

	private final EntityManager entities;

	private final ProductRepository products;

	private final Clock clock;

	ProductSearch(EntityManager entities, ProductRepository products, Clock clock) {
		this.entities = entities;
		this.products = products;
		this.clock = clock;
	}

	/**
	 * A page of the products found: the best matches first when words were typed, the
	 * newest first otherwise.
	 */
	Page<Product> page(CatalogueFilter filter, Set<UUID> openProducers, Pageable pageable) {
		if (openProducers.isEmpty()) {
			return Page.empty(pageable);
		}
		LocalDate today = Dates.today(this.clock);
		SearchResult<Product> result = session().search(Product.class)
			.where((f, root) -> narrow(f, root, filter, openProducers, today))
			.sort((f) -> (filter.words() != null)
					? f.score().then().field(ProductDocument.PUBLISHED_AT).desc().then().field(ProductDocument.KEY)
					: f.field(ProductDocument.PUBLISHED_AT).desc().then().field(ProductDocument.KEY))
			.fetch((int) pageable.getOffset(), pageable.getPageSize());
		return new PageImpl<>(result.hits(), pageable, result.total().hitCount());
	}

	/**
	 * The count of every choice of every facet, each facet counted with the filter's
	 * other choices only ({@link FacetCount}). Facets counted under the same filter share
	 * one query: with nothing chosen, one query counts them all.
	 */
	List<FacetCount> facets(CatalogueFilter filter, Set<UUID> openProducers) {
		List<FacetCount> counts = new ArrayList<>();
		if (openProducers.isEmpty()) {
			return counts;
		}
		LocalDate today = Dates.today(this.clock);
		Map<CatalogueFilter, Set<Facet>> countedUnder = new LinkedHashMap<>();
		for (Facet facet : EnumSet.of(Facet.KIND, Facet.PRODUCER, Facet.TEMPERATURE, Facet.PRICE)) {
			countedUnder.computeIfAbsent(filter.without(facet), (key) -> EnumSet.noneOf(Facet.class)).add(facet);
		}
		Map<Facet, List<FacetCount>> byFacet = new LinkedHashMap<>();
		countedUnder.forEach((under, facets) -> byFacet.putAll(aggregate(under, facets, openProducers, today)));
		byFacet.put(Facet.IN_SEASON,
				List.of(new FacetCount(Facet.IN_SEASON, "true", count(filter.onlyInSeason(), openProducers, today))));
		byFacet.put(Facet.PRE_ORDERS,
				List.of(new FacetCount(Facet.PRE_ORDERS, "true", count(filter.onlyPreOrders(), openProducers, today))));
		for (Facet facet : Facet.values()) {
			counts.addAll(byFacet.getOrDefault(facet, List.of()));
		}
		return counts;
	}

	private Map<Facet, List<FacetCount>> aggregate(CatalogueFilter filter, Set<Facet> facets, Set<UUID> openProducers,
			LocalDate today) {
		AggregationKey<Map<String, Long>> kinds = AggregationKey.of("kind");
		AggregationKey<Map<String, Long>> producers = AggregationKey.of("producer");
		AggregationKey<Map<String, Long>> temperatures = AggregationKey.of("temperature");
		AggregationKey<Map<Range<Long>, Long>> prices = AggregationKey.of("price");
		var query = session().search(Product.class).where((f, root) -> narrow(f, root, filter, openProducers, today));
		if (facets.contains(Facet.KIND)) {
			query = query.aggregation(kinds, (f) -> f.terms().field(ProductDocument.KIND, String.class));
		}
		if (facets.contains(Facet.PRODUCER)) {
			query = query.aggregation(producers,
					(f) -> f.terms().field(ProductDocument.PRODUCER, String.class).maxTermCount(PRODUCER_FACETS));
		}
		if (facets.contains(Facet.TEMPERATURE)) {
			query = query.aggregation(temperatures, (f) -> f.terms().field(ProductDocument.TEMPERATURE, String.class));
		}
		if (facets.contains(Facet.PRICE)) {
			query = query.aggregation(prices,
					(f) -> f.range()
						.field(ProductDocument.PRICE_FROM, Long.class)
						.ranges(List.of(PriceBand.values()).stream().map(ProductSearch::range).toList()));
		}
		SearchResult<Product> result = query.fetch(0);
		Map<Facet, List<FacetCount>> counts = new LinkedHashMap<>();
		if (facets.contains(Facet.KIND)) {
			Map<String, Long> found = result.aggregation(kinds);
			counts.put(Facet.KIND,
					List.of(ProductKind.values())
						.stream()
						.map((kind) -> new FacetCount(Facet.KIND, kind.name(), found.getOrDefault(kind.name(), 0L)))
						.toList());
		}
		if (facets.contains(Facet.PRODUCER)) {
			counts.put(Facet.PRODUCER,
					result.aggregation(producers)
						.entrySet()
						.stream()
						.map((entry) -> new FacetCount(Facet.PRODUCER, entry.getKey(), entry.getValue()))
						.toList());
		}
		if (facets.contains(Facet.TEMPERATURE)) {
			Map<String, Long> found = result.aggregation(temperatures);
			counts.put(Facet.TEMPERATURE,
					List.of(Temperature.values())
						.stream()
						.map((temperature) -> new FacetCount(Facet.TEMPERATURE, temperature.name(),
								found.getOrDefault(temperature.name(), 0L)))
						.toList());
		}
		if (facets.contains(Facet.PRICE)) {
			Map<Range<Long>, Long> found = result.aggregation(prices);
			counts.put(Facet.PRICE,
					List.of(PriceBand.values())
						.stream()
						.map((band) -> new FacetCount(Facet.PRICE, band.name(),
								found.entrySet()
									.stream()
									.filter((entry) -> entry.getKey()
										.lowerBoundValue()
										.map((low) -> low == band.from().amount())
										.orElse(false))
									.mapToLong(Map.Entry::getValue)
									.sum()))
						.toList());
		}
		return counts;
	}

	private long count(CatalogueFilter filter, Set<UUID> openProducers, LocalDate today) {
		return session().search(Product.class)
			.where((f, root) -> narrow(f, root, filter, openProducers, today))
			.fetchTotalHitCount();
	}

	private static void narrow(SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?, ?> root,
			CatalogueFilter filter, Set<UUID> openProducers, LocalDate today) {
		root.add(f.match().field(ProductDocument.PUBLISHED).matching(true));
		root.add(f.terms()
			.field(ProductDocument.PRODUCER)
			.matchingAny(openProducers.stream().map(UUID::toString).toList()));
		if (filter.words() != null) {
			root.add(f.simpleQueryString()
				.field(ProductDocument.NAME)
				.boost(3.0f)
				.field(ProductDocument.NAME_READING)
				.boost(2.0f)
				.field(ProductDocument.PRODUCER_NAME)
				.boost(2.0f)
				.field(ProductDocument.PRODUCER_NAME_READING)
				.field(ProductDocument.DESCRIPTION)
				.field(ProductDocument.DESCRIPTION_READING)
				.boost(0.5f)
				.matching(filter.words())
				.defaultOperator(BooleanOperator.AND));
		}
		if (filter.kind() != null) {
			root.add(f.match().field(ProductDocument.KIND).matching(filter.kind().name()));
		}
		if (filter.producer() != null) {
			root.add(f.match().field(ProductDocument.PRODUCER).matching(filter.producer().toString()));
		}
		if (filter.temperature() != null) {
			root.add(f.match().field(ProductDocument.TEMPERATURE).matching(filter.temperature().name()));
		}
		if (filter.price() != null) {
			root.add(f.range().field(ProductDocument.PRICE_FROM).within(range(filter.price())));
		}
		if (filter.inSeason()) {
			root.add(f.range().field(ProductDocument.IN_SEASON_FROM).atMost(today));
			root.add(f.range().field(ProductDocument.IN_SEASON_UNTIL).atLeast(today));
		}
		if (filter.preOrders()) {
			root.add(f.match().field(ProductDocument.PRE_ORDER).matching(true));
		}
	}

	/** A band as a range from its lowest price (included) to the next band's (not). */
	private static Range<Long> range(PriceBand band) {
		return Range.canonical(band.from().amount(), band.isOpenEnded() ? null : band.below().amount());
	}

	/**
	 * Takes the product again: its sizes' prices are in its document, and a size changed
	 * on its own is not a change of the product to Hibernate Search.
	 */
	void reindex(Product product) {
		session().indexingPlan().addOrUpdate(product);
	}

	/**
	 * Takes a producer's products again when its storefront changes: they are found by
	 * its names. Runs in the transaction that changed the storefront, so the documents
	 * are written with the names it committed.
	 */
	@EventListener
	void storefrontEdited(StorefrontEdited edited) {
		this.products.findByProducerId(edited.producerId()).forEach(this::reindex);
	}

	private SearchSession session() {
		return Search.session(this.entities);
	}

}
