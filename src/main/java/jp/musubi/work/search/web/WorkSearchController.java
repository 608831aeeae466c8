package jp.musubi.work.search.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.web.SharedPage;
import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.platform.web.PageLinks;
import jp.musubi.work.invoice.WorkCategory;
import jp.musubi.work.profile.WorkProfiles;
import jp.musubi.work.search.RequestQuery;
import jp.musubi.work.search.RequestSearch;
import jp.musubi.work.skill.Skill;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finding work: a Japanese full-text search of published requests with facets, open to
 * everyone. A plain GET form, so it works without JavaScript; with it, htmx refreshes the
 * results as the visitor types.
 */
@Controller
class WorkSearchController {

	private static final int PAGE_SIZE = 10;

	private static final int QUERY_LIMIT = 100;

	private final RequestSearch search;

	private final WorkProfiles profiles;

	private final Accounts accounts;

	WorkSearchController(RequestSearch search, WorkProfiles profiles, Accounts accounts) {
		this.search = search;
		this.profiles = profiles;
		this.accounts = accounts;
	}

	@GetMapping("/work")
	@SharedPage
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) List<UUID> skill, @RequestParam(required = false) String budget,
			@RequestParam(required = false) String remote, @RequestParam(required = false) String deadline,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") int page,
			HttpServletRequest http, Model model) {
		String words = (q.length() > QUERY_LIMIT) ? q.substring(0, QUERY_LIMIT) : q;
		Set<UUID> skills = (skill != null) ? new HashSet<>(skill) : Set.of();
		RequestQuery query = new RequestQuery(words, parse(WorkCategory.class, category), skills,
				parse(RequestQuery.BudgetRange.class, budget),
				"yes".equals(remote) ? Boolean.TRUE : ("no".equals(remote) ? Boolean.FALSE : null),
				parse(RequestQuery.DeadlineRange.class, deadline), parse(RequestQuery.Sort.class, sort));
		RequestSearch.Results results = this.search.search(query, PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		Map<UUID, Skill> vocabulary = this.profiles.vocabulary()
			.stream()
			.collect(Collectors.toMap(Skill::id, Function.identity()));
		model.addAttribute("q", words);
		model.addAttribute("query", query);
		model.addAttribute("results", results);
		model.addAttribute("requests", results.page());
		model.addAttribute("pages", PageLinks.of(results.page(), http));
		model.addAttribute("categories", WorkCategory.values());
		model.addAttribute("budgets", RequestQuery.BudgetRange.values());
		model.addAttribute("deadlines", RequestQuery.DeadlineRange.values());
		model.addAttribute("sorts", RequestQuery.Sort.values());
		model.addAttribute("skillFacets",
				results.skills()
					.entrySet()
					.stream()
					.filter((entry) -> vocabulary.containsKey(entry.getKey()))
					.map((entry) -> new SkillFacet(vocabulary.get(entry.getKey()), entry.getValue(),
							skills.contains(entry.getKey())))
					.toList());
		model.addAttribute("clients",
				results.page()
					.stream()
					.map((request) -> request.clientOrganisationId())
					.distinct()
					.map(this.accounts::organisation)
					.flatMap(Optional::stream)
					.collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name)));
		return "work/search/search";
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** A skill with how many results have it, and whether it is chosen. */
	record SkillFacet(Skill skill, long count, boolean chosen) {

	}

}
