package jp.musubi.work.request.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.platform.money.Yen;
import jp.musubi.work.request.WorkRequest;

/**
 * A work request in a list: what a member needs to decide whether to open it, or a client
 * to see where their request stands. Amounts are whole yen; codes come with the caller's
 * words for them.
 */
public record RequestSummary(UUID id, String title, String category, String categoryText, String pricing, long budget,
		Long hourlyRate, Integer estimatedHours, LocalDate deadline, boolean remote, String location,
		List<SkillRef> skills, String status, String statusText, UUID clientOrganisationId, String clientName,
		Instant publishedAt) {

	public static RequestSummary of(WorkRequest request, String clientName, Wording wording) {
		return new RequestSummary(request.id(), request.title(), request.category().name(),
				wording.of(request.category().messageKey()), request.pricing().name(), request.budget().amount(),
				yen(request.hourlyRate()), request.estimatedHours(), request.deadline(), request.remote(),
				(request.location() != null) ? request.location().code() : null, SkillRef.of(request, wording),
				request.status().name(), wording.of(request.status().messageKey()), request.clientOrganisationId(),
				clientName, request.publishedAt());
	}

	/**
	 * The name of the organisation that ordered the work, as the request's page shows it.
	 */
	public static String clientName(Accounts accounts, WorkRequest request) {
		return accounts.organisation(request.clientOrganisationId()).map(OrganisationSummary::name).orElse(null);
	}

	static Long yen(Yen amount) {
		return (amount != null) ? amount.amount() : null;
	}

	/** A skill by id, named in the caller's language. */
	public record SkillRef(UUID id, String name) {

		static List<SkillRef> of(WorkRequest request, Wording wording) {
			return request.skills()
				.stream()
				.map((skill) -> new SkillRef(skill.id(), skill.nameIn(wording.language())))
				.sorted(Comparator.comparing(SkillRef::name))
				.toList();
		}

	}

}
