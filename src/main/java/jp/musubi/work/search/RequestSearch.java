package jp.musubi.work.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.web.Dates;
import jp.musubi.work.invoice.WorkCategory;
import jp.musubi.work.request.RequestStatus;
import jp.musubi.work.request.WorkRequest;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.data.Range;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search of published work in Japanese, through Hibernate Search on Lucene with
 * the platform's Japanese analysis (Kuromoji): データ入力 finds データ入力作業, 湯治 finds ミニ湯治, ウェブ
 * finds ウエブ. Every word must match (AND), the title counts double, and the facets say how
 * many requests each choice would leave.
 */
@Service
public class RequestSearch {

	private static final int SKILL_FACETS = 15;

	private final EntityManager entities;

	private final Clock clock;

	RequestSearch(EntityManager entities, Clock clock) {
		this.entities = entities;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Results search(RequestQuery query, Pageable page) {
		LocalDate today = Dates.today(this.clock);
		String words = JapaneseText.normalizeToNull(query.words());
		AggregationKey<Map<WorkCategory, Long>> categories = AggregationKey.of("category");
		AggregationKey<Map<UUID, Long>> skills = AggregationKey.of("skills");
		AggregationKey<Map<Boolean, Long>> remote = AggregationKey.of("remote");
		AggregationKey<Map<Range<Yen>, Long>> budgets = AggregationKey.of("budget");
		SearchResult<WorkRequest> result = Search.session(this.entities).search(WorkRequest.class).where((f, root) -> {
			root.add(f.match().field("status").matching(RequestStatus.PUBLISHED));
			if (words != null) {
				root.add(f.simpleQueryString()
					.field("title")
					.boost(2.0f)
					.field("description")
					.field("skills.name")
					.field("skills.nameEn")
					.matching(words)
					.defaultOperator(BooleanOperator.AND));
			}
			if (query.category() != null) {
				root.add(f.match().field("category").matching(query.category()));
			}
			query.skills().forEach((skill) -> root.add(f.match().field("skills.id").matching(skill)));
			if (query.remote() != null) {
				root.add(f.match().field("remote").matching(query.remote()));
			}
			if (query.budget() != null) {
				root.add(f.range().field("budget").within(band(query.budget())));
			}
			if (query.deadline() != null) {
				root.add(f.range().field("deadline").atMost(query.deadline().latest(today)));
			}
		}).sort((f) -> switch (effectiveSort(query, words)) {
			case NEWEST -> f.field("publishedAt").desc();
			case BUDGET -> f.field("budget").desc().then().field("publishedAt").desc();
			case DEADLINE -> f.field("deadline").asc().then().field("publishedAt").desc();
			case RELEVANCE -> f.score().then().field("publishedAt").desc();
		})
			.aggregation(categories, (f) -> f.terms().field("category", WorkCategory.class))
			.aggregation(skills, (f) -> f.terms().field("skills.id", UUID.class).maxTermCount(SKILL_FACETS))
			.aggregation(remote, (f) -> f.terms().field("remote", Boolean.class))
			.aggregation(budgets,
					(f) -> f.range()
						.field("budget", Yen.class)
						.ranges(Arrays.stream(RequestQuery.BudgetRange.values()).map(RequestSearch::band).toList()))
			.fetch((int) page.getOffset(), page.getPageSize());
		Map<RequestQuery.BudgetRange, Long> budgetCounts = new EnumMap<>(RequestQuery.BudgetRange.class);
		result.aggregation(budgets).forEach((range, count) -> {
			for (RequestQuery.BudgetRange band : RequestQuery.BudgetRange.values()) {
				if (range.lowerBoundValue().map((low) -> low.amount() == band.from()).orElse(false)) {
					budgetCounts.put(band, count);
				}
			}
		});
		return new Results(new PageImpl<>(result.hits(), page, result.total().hitCount()),
				new LinkedHashMap<>(result.aggregation(categories)), new LinkedHashMap<>(result.aggregation(skills)),
				result.aggregation(remote), budgetCounts);
	}

	/**
	 * A budget band as a range from its lower bound (included) to its upper (excluded).
	 */
	private static Range<Yen> band(RequestQuery.BudgetRange band) {
		return Range.canonical(Yen.of(band.from()), (band.to() == Long.MAX_VALUE) ? null : Yen.of(band.to()));
	}

	private static RequestQuery.Sort effectiveSort(RequestQuery query, String words) {
		if (query.sort() != null && (query.sort() != RequestQuery.Sort.RELEVANCE || words != null)) {
			return query.sort();
		}
		return (words != null) ? RequestQuery.Sort.RELEVANCE : RequestQuery.Sort.NEWEST;
	}

	/** A page of requests with the facet counts of the whole result. */
	public record Results(Page<WorkRequest> page, Map<WorkCategory, Long> categories, Map<UUID, Long> skills,
			Map<Boolean, Long> remote, Map<RequestQuery.BudgetRange, Long> budgets) {

		public long count(WorkCategory category) {
			return this.categories.getOrDefault(category, 0L);
		}

		public List<UUID> skillIds() {
			return List.copyOf(this.skills.keySet());
		}

	}

}
