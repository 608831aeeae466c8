package jp.musubi.work.profile.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.PersonSummary;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.work.matching.Recommendations;
import jp.musubi.work.profile.WorkProfile;
import jp.musubi.work.profile.WorkProfiles;
import jp.musubi.work.request.web.Caller;
import jp.musubi.platform.web.Paged;
import jp.musubi.platform.web.Paging;
import jp.musubi.work.request.web.Wording;
import jp.musubi.work.request.web.WorkApi;
import jp.musubi.work.review.Reviews;
import jp.musubi.work.review.web.ReviewView;
import jp.musubi.work.search.MemberSearch;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Members as clients and the agent see them through the API, as on the member pages: one
 * member's profile with the reviews of their work, the search by skill, and the members
 * the exchange recommends for a request, with its reasons. Other members never see each
 * other's profiles; the domain refuses them, as on the pages. People in person only:
 * choosing whom to work with is a person's decision.
 */
@RestController
@WorkApi
@RequestMapping("/api/v1/work")
@Tag(name = "work")
class MembersApi {

	/** As for work: longer queries are pasted text, not a search. */
	private static final int QUERY_LIMIT = 100;

	private final WorkProfiles profiles;

	private final Reviews reviews;

	private final MemberSearch search;

	private final Recommendations recommendations;

	private final Accounts accounts;

	private final MessageSource messages;

	MembersApi(WorkProfiles profiles, Reviews reviews, MemberSearch search, Recommendations recommendations,
			Accounts accounts, MessageSource messages) {
		this.profiles = profiles;
		this.reviews = reviews;
		this.search = search;
		this.recommendations = recommendations;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/members/{id}")
	@Operation(summary = "A member's profile as their page shows it, with the reviews of their work, newest first: "
			+ "the member, clients and the agent's staff in person (403 otherwise)")
	MemberView one(@PathVariable UUID id, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size, Authentication authentication,
			HttpServletRequest http) {
		WorkProfile profile = this.profiles.view(Caller.person(authentication), id);
		Wording wording = Wording.of(this.messages, http);
		return new MemberView(MemberSummary.of(profile, name(id), wording), profile.introduction(), profile.links(),
				Paged.of(this.reviews.of(id, Paging.of(page, size)), ReviewView::of));
	}

	@GetMapping("/members")
	@Operation(summary = "Search members by skill and their own words (Japanese full text), prefecture and hours a "
			+ "week, best rated first: clients and the agent's staff in person only")
	Paged<MemberSummary> search(
			@Parameter(description = "Words, every one must match") @RequestParam(defaultValue = "") String q,
			@Parameter(description = "Prefecture code, 01 to 47") @RequestParam(defaultValue = "") String prefecture,
			@Parameter(description = "At least this many hours a week") @RequestParam(
					required = false) Integer minHours,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size,
			Authentication authentication, HttpServletRequest http) {
		CurrentUser searcher = Caller.person(authentication);
		if (q.length() > QUERY_LIMIT) {
			throw new InputRefused("q", "work.api.error.query");
		}
		String code = JapaneseText.normalizeToNull(prefecture);
		Prefecture chosen = (code != null)
				? Prefecture.ofCode(code).orElseThrow(() -> new InputRefused("prefecture", "work.api.error.location"))
				: null;
		Wording wording = Wording.of(this.messages, http);
		return Paged.of(this.search.search(searcher, q, chosen, minHours, Paging.of(page, size)),
				(profile) -> MemberSummary.of(profile, name(profile.accountId()), wording));
	}

	@GetMapping("/requests/{id}/recommended-members")
	@Operation(summary = "Members the exchange recommends for a request, best first, each with the reasons (message "
			+ "key and text): the request's client and the agent's staff in person only")
	List<RecommendedMember> recommended(@PathVariable UUID id, Authentication authentication, HttpServletRequest http) {
		Wording wording = Wording.of(this.messages, http);
		return this.recommendations.membersFor(Caller.person(authentication), id)
			.stream()
			.map((suggestion) -> new RecommendedMember(
					MemberSummary.of(suggestion.subject(), name(suggestion.subject().accountId()), wording),
					suggestion.score(), MatchReason.of(suggestion.reasons(), wording)))
			.toList();
	}

	private String name(UUID accountId) {
		return this.accounts.person(accountId).map(PersonSummary::displayName).orElse(null);
	}

	/**
	 * A member as a list shows them; {@code rating} is absent until someone rated their
	 * work.
	 */
	record MemberSummary(UUID id, String name, String prefecture, String prefectureText, int hoursPerWeek,
			List<ProfileApi.SkillView> skills, BigDecimal rating, int ratingCount, int finishedContracts) {

		static MemberSummary of(WorkProfile profile, String name, Wording wording) {
			return new MemberSummary(profile.accountId(), name, ProfileApi.code(profile.prefecture()),
					ProfileApi.text(profile.prefecture(), wording), profile.hoursPerWeek(),
					ProfileApi.SkillView.of(profile, wording), profile.rating().orElse(null), profile.ratingCount(),
					profile.finishedContracts());
		}

	}

	/**
	 * A member's profile as their page shows it, and a page of the reviews of their work.
	 */
	record MemberView(MemberSummary member, String introduction, List<String> links, Paged<ReviewView> reviews) {

	}

	record RecommendedMember(MemberSummary member, int score, List<MatchReason> reasons) {

	}

}
