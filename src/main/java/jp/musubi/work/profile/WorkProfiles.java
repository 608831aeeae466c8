package jp.musubi.work.profile;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.platform.refusal.NotFound;
import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.PersonSummary;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.work.WorkAccess;
import jp.musubi.work.invoice.RegistrationNumber;
import jp.musubi.work.skill.Skill;
import jp.musubi.work.skill.SkillRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' work profiles. A member keeps their own; clients and the agent read them to
 * choose whom to work with. Other members do not see each other's profiles: people who
 * work from home decide themselves whom they show what.
 */
@Service
public class WorkProfiles {

	private final WorkProfileRepository profiles;

	private final SkillRepository skills;

	private final Accounts accounts;

	private final WorkAccess access;

	private final Clock clock;

	WorkProfiles(WorkProfileRepository profiles, SkillRepository skills, Accounts accounts, WorkAccess access,
			Clock clock) {
		this.profiles = profiles;
		this.skills = skills;
		this.accounts = accounts;
		this.access = access;
		this.clock = clock;
	}

	/** The member's own profile, started from their account the first time. */
	@Transactional
	public WorkProfile mine(CurrentUser member) {
		this.access.requireMember(member);
		return this.profiles.findById(member.accountId())
			.orElseGet(() -> this.profiles.save(new WorkProfile(member.accountId(),
					this.accounts.person(member.accountId()).map(PersonSummary::prefecture).orElse(null), this.clock)));
	}

	/**
	 * The member describes themselves.
	 * @throws InputRefused with the first rule the details break
	 */
	@Transactional
	public WorkProfile describe(CurrentUser member, ProfileDetails details) {
		WorkProfile profile = mine(member);
		List<InputRefused> refusals = details.refusals();
		if (!refusals.isEmpty()) {
			throw refusals.get(0);
		}
		profile.describe(details.introduction(), details.hoursPerWeek(), details.place(), details.links(),
				details.number().orElse(null), this.clock);
		return profile;
	}

	@Transactional
	public WorkProfile addSkill(CurrentUser member, UUID skillId, int level, int years) {
		WorkProfile profile = mine(member);
		Skill skill = this.skills.findById(skillId)
			.orElseThrow(() -> new InputRefused("skill", "work.profile.error.skill"));
		profile.addSkill(skill, level, years, this.clock);
		return profile;
	}

	@Transactional
	public void removeSkill(CurrentUser member, UUID skillId) {
		mine(member).removeSkill(skillId, this.clock);
	}

	/** A member's profile for the member, a client or the agent. */
	@Transactional(readOnly = true)
	public WorkProfile view(CurrentUser viewer, UUID memberId) {
		if (!viewer.accountId().equals(memberId) && !this.access.isAgentStaff(viewer)
				&& this.access.clientOrganisations(viewer).isEmpty()) {
			throw new WorkAccess.Refused("Only clients and the agent read members' profiles");
		}
		return this.profiles.findById(memberId).orElseThrow(() -> new NotFound("work profile", memberId));
	}

	@Transactional(readOnly = true)
	public Optional<RegistrationNumber> registrationNumberOf(UUID memberId) {
		return this.profiles.findById(memberId).flatMap(WorkProfile::registrationNumber);
	}

	@Transactional
	public void finishedContract(UUID memberId) {
		this.profiles.findById(memberId).ifPresent(WorkProfile::finishedContract);
	}

	@Transactional
	public void rated(UUID memberId, int rating) {
		this.profiles.findById(memberId).ifPresent((profile) -> profile.rated(rating));
	}

	@Transactional(readOnly = true)
	public List<Skill> vocabulary() {
		return this.skills.findAllByOrderByFieldAscNameAsc();
	}

	@Transactional(readOnly = true)
	public List<WorkProfile> withAnySkill(List<UUID> skillIds) {
		return skillIds.isEmpty() ? List.of() : this.profiles.findWithAnySkill(skillIds);
	}

}
