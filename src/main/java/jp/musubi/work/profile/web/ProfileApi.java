package jp.musubi.work.profile.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.accounts.Accounts;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.PlainText;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.work.matching.Recommendations;
import jp.musubi.work.profile.MemberSkill;
import jp.musubi.work.profile.ProfileDetails;
import jp.musubi.work.profile.WorkProfile;
import jp.musubi.work.profile.WorkProfiles;
import jp.musubi.work.request.web.Caller;
import jp.musubi.work.request.web.RequestSummary;
import jp.musubi.work.request.web.Wording;
import jp.musubi.work.request.web.WorkApi;
import jp.musubi.work.skill.Skill;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member's own work profile through the API, under the profile page's rules: what they
 * can do, how much time they have, where they are; the skills vocabulary to choose from;
 * and the published work the exchange recommends for them. A profile speaks for a person,
 * so members call in person; no organisation's token does.
 */
@RestController
@WorkApi
@RequestMapping("/api/v1/work")
@Tag(name = "work")
class ProfileApi {

	private final WorkProfiles profiles;

	private final Recommendations recommendations;

	private final Accounts accounts;

	private final MessageSource messages;

	ProfileApi(WorkProfiles profiles, Recommendations recommendations, Accounts accounts, MessageSource messages) {
		this.profiles = profiles;
		this.recommendations = recommendations;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/profile")
	@Operation(summary = "The caller's own work profile with skills, rating and finished work: members in person only")
	ProfileView mine(Authentication authentication, HttpServletRequest http) {
		return ProfileView.of(this.profiles.mine(Caller.person(authentication)), Wording.of(this.messages, http));
	}

	@PutMapping("/profile")
	@Operation(summary = "Describe oneself under the profile page's rules: at most 5 https links, a registration "
			+ "number (T and 13 digits) that passes its check, 0 to 80 hours a week, plain text; members in person "
			+ "only (400 problem+json with every refused field)")
	ProfileView describe(@Valid @RequestBody ProfileBody body, Authentication authentication, HttpServletRequest http) {
		CurrentUser member = Caller.person(authentication);
		ProfileDetails details = body.toDetails();
		FieldsRefused.throwIfAny(details.refusals());
		return ProfileView.of(this.profiles.describe(member, details), Wording.of(this.messages, http));
	}

	@PutMapping("/profile/skills/{skillId}")
	@Operation(summary = "Add a skill of the vocabulary to one's profile, or change its level (1 to 5) and years "
			+ "(0 to 60); 20 skills at most: members in person only (400 problem+json when refused)")
	ProfileView skill(@PathVariable UUID skillId, @Valid @RequestBody SkillLevel body, Authentication authentication,
			HttpServletRequest http) {
		CurrentUser member = Caller.person(authentication);
		if (this.profiles.vocabulary().stream().noneMatch((skill) -> skill.id().equals(skillId))) {
			throw new InputRefused("skillId", "work.api.error.skill");
		}
		return ProfileView.of(this.profiles.addSkill(member, skillId, body.level(), body.years()),
				Wording.of(this.messages, http));
	}

	@DeleteMapping("/profile/skills/{skillId}")
	@Operation(summary = "Remove a skill from one's profile: members in person only")
	ProfileView removeSkill(@PathVariable UUID skillId, Authentication authentication, HttpServletRequest http) {
		CurrentUser member = Caller.person(authentication);
		this.profiles.removeSkill(member, skillId);
		return ProfileView.of(this.profiles.mine(member), Wording.of(this.messages, http));
	}

	@GetMapping("/skills")
	@Operation(summary = "The skills vocabulary by field, named in the caller's language: the ids profiles, requests "
			+ "and the search take; for anyone signed in or with a token")
	List<SkillField> vocabulary(HttpServletRequest http) {
		Wording wording = Wording.of(this.messages, http);
		Map<String, List<Skill>> byField = this.profiles.vocabulary()
			.stream()
			.collect(Collectors.groupingBy(Skill::field, LinkedHashMap::new, Collectors.toList()));
		return byField.entrySet()
			.stream()
			.map((field) -> new SkillField(field.getKey(),
					wording.messages()
						.getMessage("work.skill.field." + field.getKey(), null, field.getKey(), wording.locale()),
					field.getValue()
						.stream()
						.map((skill) -> new RequestSummary.SkillRef(skill.id(), skill.nameIn(wording.language())))
						.toList()))
			.toList();
	}

	@GetMapping("/recommended-requests")
	@Operation(summary = "Published work recommended for the calling member's skills, best first, each with the "
			+ "reasons (message key and text): members in person only")
	List<RecommendedRequest> recommended(Authentication authentication, HttpServletRequest http) {
		CurrentUser member = Caller.person(authentication);
		Wording wording = Wording.of(this.messages, http);
		return this.recommendations.requestsFor(member, this.profiles.mine(member))
			.stream()
			.map((suggestion) -> new RecommendedRequest(
					RequestSummary.of(suggestion.subject(),
							RequestSummary.clientName(this.accounts, suggestion.subject()), wording),
					suggestion.score(), MatchReason.of(suggestion.reasons(), wording)))
			.toList();
	}

	/**
	 * What a member says about themselves: the fields of the profile page, the portfolio
	 * links as a list.
	 */
	record ProfileBody(@Size(max = 4000) @PlainText String introduction,
			@NotNull @Min(0) @Max(WorkProfile.MAX_HOURS_PER_WEEK) Integer hoursPerWeek, String prefecture,
			List<String> links, @Size(max = 20) String registrationNumber) {

		ProfileDetails toDetails() {
			return new ProfileDetails(this.introduction, this.hoursPerWeek, this.prefecture, this.links,
					this.registrationNumber);
		}

	}

	record SkillLevel(@NotNull @Min(MemberSkill.MIN_LEVEL) @Max(MemberSkill.MAX_LEVEL) Integer level,
			@NotNull @Min(0) @Max(MemberSkill.MAX_YEARS) Integer years) {

	}

	/**
	 * A member's own profile. {@code registrationNumber} is the qualified invoice
	 * issuer's number their invoices carry; {@code rating} is absent until someone rated
	 * them.
	 */
	record ProfileView(UUID id, String introduction, int hoursPerWeek, String prefecture, String prefectureText,
			List<String> links, String registrationNumber, List<SkillView> skills, BigDecimal rating, int ratingCount,
			int finishedContracts, Instant updatedAt) {

		static ProfileView of(WorkProfile profile, Wording wording) {
			return new ProfileView(profile.accountId(), profile.introduction(), profile.hoursPerWeek(),
					code(profile.prefecture()), text(profile.prefecture(), wording), profile.links(),
					profile.registrationNumber().map((number) -> number.value()).orElse(null),
					SkillView.of(profile, wording), profile.rating().orElse(null), profile.ratingCount(),
					profile.finishedContracts(), profile.updatedAt());
		}

	}

	/** A skill a member has, how well (1 beginner to 5 expert) and for how many years. */
	record SkillView(UUID id, String name, String field, int level, String levelText, int years) {

		static List<SkillView> of(WorkProfile profile, Wording wording) {
			return profile.skills()
				.stream()
				.map((has) -> new SkillView(has.skill().id(), has.skill().nameIn(wording.language()),
						has.skill().field(), has.level(), wording.of(has.levelKey()), has.years()))
				.sorted(Comparator.comparing(SkillView::name))
				.toList();
		}

	}

	/** A field of the vocabulary (office, language, creative ...) and its skills. */
	record SkillField(String field, String name, List<RequestSummary.SkillRef> skills) {

	}

	record RecommendedRequest(RequestSummary request, int score, List<MatchReason> reasons) {

	}

	static String code(Prefecture prefecture) {
		return (prefecture != null) ? prefecture.code() : null;
	}

	static String text(Prefecture prefecture, Wording wording) {
		return (prefecture != null) ? wording.of(prefecture.messageKey()) : null;
	}

}
