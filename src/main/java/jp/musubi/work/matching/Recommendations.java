package jp.musubi.work.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.musubi.platform.region.HomeRegion;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.work.WorkAccess;
import jp.musubi.work.profile.MemberSkill;
import jp.musubi.work.profile.WorkProfile;
import jp.musubi.work.profile.WorkProfileRepository;
import jp.musubi.work.request.RequestStatus;
import jp.musubi.work.request.WorkRequest;
import jp.musubi.work.request.WorkRequestRepository;
import jp.musubi.work.request.WorkRequests;
import jp.musubi.work.skill.Skill;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggestions with their reasons: members for a request (for its client and the agent)
 * and requests for a member. The score weighs matched skills by level most, then time to
 * spare, rating, finished work and being in the same place; every point of it shows as a
 * reason, so a client can see why someone is suggested and disagree.
 */
@Service
public class Recommendations {

	private static final int SHOWN = 10;

	private final WorkProfileRepository profiles;

	private final WorkRequestRepository requestRepository;

	private final WorkRequests requests;

	private final WorkAccess access;

	private final Prefecture region;

	Recommendations(WorkProfileRepository profiles, WorkRequestRepository requestRepository, WorkRequests requests,
			WorkAccess access, HomeRegion region) {
		this.profiles = profiles;
		this.requestRepository = requestRepository;
		this.requests = requests;
		this.access = access;
		this.region = Prefecture.ofCode(region.prefecture()).orElse(null);
	}

	/** Members for a request, best first, with reasons. */
	@Transactional(readOnly = true)
	public List<Suggestion<WorkProfile>> membersFor(CurrentUser user, UUID requestId) {
		WorkRequest request = this.requests.manage(user, requestId);
		List<UUID> skills = request.skills().stream().map(Skill::id).toList();
		List<WorkProfile> candidates = skills.isEmpty() ? this.profiles.findAll()
				: this.profiles.findWithAnySkill(skills);
		return candidates.stream()
			.filter((profile) -> !this.access.belongsTo(profile.accountId(), request.clientOrganisationId()))
			.map((profile) -> score(request, profile))
			.filter((suggestion) -> suggestion.score() > 0)
			.sorted(Comparator.comparingInt(Suggestion<WorkProfile>::score).reversed())
			.limit(SHOWN)
			.toList();
	}

	/** Published requests for the member's skills, best first, with reasons. */
	@Transactional(readOnly = true)
	public List<Suggestion<WorkRequest>> requestsFor(CurrentUser member, WorkProfile profile) {
		this.access.requireMember(member);
		return this.requestRepository.findByStatus(RequestStatus.PUBLISHED)
			.stream()
			.filter((request) -> !this.access.isClientOf(member, request.clientOrganisationId()))
			.map((request) -> {
				Suggestion<WorkProfile> fit = score(request, profile);
				return new Suggestion<>(request, fit.score(), fit.reasons());
			})
			.filter((suggestion) -> suggestion.score() > 0 && suggestion.reasons()
				.stream()
				.anyMatch((reason) -> reason.messageKey().equals("work.match.skill")))
			.sorted(Comparator.comparingInt(Suggestion<WorkRequest>::score).reversed())
			.limit(SHOWN)
			.toList();
	}

	Suggestion<WorkProfile> score(WorkRequest request, WorkProfile profile) {
		int score = 0;
		List<Reason> reasons = new ArrayList<>();
		Set<Skill> wanted = request.skills();
		for (Skill skill : wanted) {
			for (MemberSkill has : profile.skills()) {
				if (has.skill().equals(skill)) {
					score += 20 + 6 * has.level();
					reasons.add(Reason.of("work.match.skill", skill, has.level()));
				}
			}
		}
		if (profile.hoursPerWeek() >= 8) {
			score += (profile.hoursPerWeek() >= 20) ? 15 : 10;
			reasons.add(Reason.of("work.match.hours", profile.hoursPerWeek()));
		}
		if (profile.rating().isPresent()) {
			BigDecimal rating = profile.rating().get();
			score += rating.multiply(BigDecimal.valueOf(4)).intValue();
			reasons.add(Reason.of("work.match.rating", rating, profile.ratingCount()));
		}
		if (profile.finishedContracts() > 0) {
			score += 2 * Math.min(profile.finishedContracts(), 5);
			reasons.add(Reason.of("work.match.finished", profile.finishedContracts()));
		}
		if (!request.remote() && request.location() != null && request.location() == profile.prefecture()) {
			score += 15;
			reasons.add(Reason.of("work.match.place"));
		}
		else if (request.remote() && this.region != null && this.region == profile.prefecture()) {
			score += 5;
			reasons.add(Reason.of("work.match.region"));
		}
		if (!request.remote() && request.location() != null && request.location() != profile.prefecture()) {
			score = score / 2;
		}
		return new Suggestion<>(profile,
				wanted.isEmpty()
						|| reasons.stream().anyMatch((reason) -> reason.messageKey().equals("work.match.skill")) ? score
								: 0,
				reasons);
	}

	/** Something suggested, with how well it fits and why. */
	public record Suggestion<T>(T subject, int score, List<Reason> reasons) {

	}

}
