package jp.musubi.work.search.web;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.work.invoice.WorkCategory;
import jp.musubi.work.profile.WorkProfiles;
import jp.musubi.platform.web.Paged;
import jp.musubi.platform.web.Paging;
import jp.musubi.work.request.web.RequestSummary;
import jp.musubi.work.request.web.Wording;
import jp.musubi.work.request.web.WorkApi;
import jp.musubi.work.search.RequestQuery;
import jp.musubi.work.search.RequestSearch;
import jp.musubi.work.skill.Skill;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finding work through the API: the same Japanese full-text search of published requests
 * as the {@code /work} page, open to everyone like the page, with the counts a partner
 * needs to offer the same filters.
 */
@RestController
@WorkApi
@RequestMapping("/api/v1/work/requests")
@Tag(name = "work", description = "The work exchange: requests, proposals, contracts, invoices, telework hours")
class RequestSearchApi {

	/** As on the page: longer queries are pasted text, not a search. */
	private static final int QUERY_LIMIT = 100;

	private final RequestSearch search;

	private final WorkProfiles profiles;

	private final Accounts accounts;

	private final MessageSource messages;

	RequestSearchApi(RequestSearch search, WorkProfiles profiles, Accounts accounts, MessageSource messages) {
		this.search = search;
		this.profiles = profiles;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping
	@Operation(
			summary = "Search published work requests (Japanese full text, filters, skill facets); no sign-in needed")
	SearchResults search(
			@Parameter(description = "Words, every one must match") @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) WorkCategory category,
			@Parameter(description = "Skill ids; every one must be required") @RequestParam(
					required = false) List<UUID> skill,
			@RequestParam(required = false) RequestQuery.BudgetRange budget,
			@Parameter(description = "true: remote work only; false: on site only") @RequestParam(
					required = false) Boolean remote,
			@RequestParam(required = false) RequestQuery.DeadlineRange deadline,
			@RequestParam(required = false) RequestQuery.Sort sort,
			@Parameter(description = "From 1") @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "1 to 100") @RequestParam(defaultValue = "20") int size, HttpServletRequest http) {
		if (q.length() > QUERY_LIMIT) {
			throw new InputRefused("q", "work.api.error.query");
		}
		Set<UUID> skills = (skill != null) ? new HashSet<>(skill) : Set.of();
		RequestQuery query = new RequestQuery(q, category, skills, budget, remote, deadline, sort);
		RequestSearch.Results results = this.search.search(query, Paging.of(page, size));
		Wording wording = Wording.of(this.messages, http);
		Map<UUID, String> clients = results.page()
			.stream()
			.map((request) -> request.clientOrganisationId())
			.distinct()
			.map(this.accounts::organisation)
			.flatMap(Optional::stream)
			.collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
		Paged<RequestSummary> found = Paged.of(results.page(),
				(request) -> RequestSummary.of(request, clients.get(request.clientOrganisationId()), wording));
		return new SearchResults(found.items(), found.page(), found.size(), found.totalItems(), found.totalPages(),
				skillFacets(results, wording), categoryFacets(results, wording));
	}

	private List<SkillFacet> skillFacets(RequestSearch.Results results, Wording wording) {
		Map<UUID, Skill> vocabulary = this.profiles.vocabulary()
			.stream()
			.collect(Collectors.toMap(Skill::id, Function.identity()));
		return results.skills()
			.entrySet()
			.stream()
			.filter((entry) -> vocabulary.containsKey(entry.getKey()))
			.map((entry) -> new SkillFacet(entry.getKey(), vocabulary.get(entry.getKey()).nameIn(wording.language()),
					entry.getValue()))
			.sorted(Comparator.comparingLong(SkillFacet::count).reversed().thenComparing(SkillFacet::name))
			.toList();
	}

	private static List<CategoryFacet> categoryFacets(RequestSearch.Results results, Wording wording) {
		return results.categories()
			.entrySet()
			.stream()
			.map((entry) -> new CategoryFacet(entry.getKey().name(), wording.of(entry.getKey().messageKey()),
					entry.getValue()))
			.toList();
	}

	/**
	 * A page of published requests, and for each skill and category how many of all the
	 * results (not just this page) have it.
	 */
	record SearchResults(List<RequestSummary> items, int page, int size, long totalItems, int totalPages,
			List<SkillFacet> skillFacets, List<CategoryFacet> categoryFacets) {

	}

	record SkillFacet(UUID id, String name, long count) {

	}

	record CategoryFacet(String category, String name, long count) {

	}

}
