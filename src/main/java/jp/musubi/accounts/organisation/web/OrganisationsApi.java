package jp.musubi.accounts.organisation.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jp.musubi.accounts.account.AccountRepository;
import jp.musubi.accounts.organisation.NotAllowed;
import jp.musubi.accounts.organisation.Organisation;
import jp.musubi.accounts.organisation.Organisations;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.platform.security.CurrentUser;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organisations through the API. A person sees the organisations they belong to; a token
 * sees its own organisation. Members are listed for owners and for the organisation's own
 * token.
 */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "organisations", description = "Organisations and their members")
class OrganisationsApi {

	private final Organisations organisations;

	private final AccountRepository accounts;

	OrganisationsApi(Organisations organisations, AccountRepository accounts) {
		this.organisations = organisations;
		this.accounts = accounts;
	}

	@GetMapping
	@Operation(summary = "The caller's organisations")
	List<OrganisationDto> list(Authentication authentication) {
		if (authentication.getPrincipal() instanceof ApiClient client) {
			return List.of(OrganisationDto.of(this.organisations.forApiClient(client.organisationId())));
		}
		CurrentUser user = (CurrentUser) authentication.getPrincipal();
		return this.organisations.of(user.accountId()).stream().map(OrganisationDto::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One organisation the caller belongs to (403 otherwise)")
	OrganisationDto one(@PathVariable UUID id, Authentication authentication) {
		return OrganisationDto.of(visible(id, authentication));
	}

	@GetMapping("/{id}/members")
	@Operation(summary = "The members, for the organisation's owners and its own API tokens (403 otherwise)")
	List<MemberDto> members(@PathVariable UUID id, Authentication authentication) {
		Organisation organisation = visible(id, authentication);
		if (authentication.getPrincipal() instanceof CurrentUser user && !organisation.isOwner(user.accountId())) {
			throw new NotAllowed("Only owners list members");
		}
		return organisation.memberships().stream().map((membership) -> {
			var account = this.accounts.findById(membership.accountId()).orElseThrow();
			return new MemberDto(account.id(), account.profile().displayName(), account.email(), membership.owner(),
					membership.joinedAt());
		}).toList();
	}

	private Organisation visible(UUID id, Authentication authentication) {
		if (authentication.getPrincipal() instanceof ApiClient client) {
			if (!client.organisationId().equals(id)) {
				throw new NotAllowed("A token sees only its own organisation");
			}
			return this.organisations.forApiClient(id);
		}
		return this.organisations.forMember(id, ((CurrentUser) authentication.getPrincipal()).accountId());
	}

	record OrganisationDto(UUID id, String name, String nameLatin, String type, String clientKind, String facilityKind,
			String prefectureCode, String description, String website, boolean listed, int memberCount) {

		static OrganisationDto of(Organisation organisation) {
			return new OrganisationDto(organisation.id(), organisation.name(), organisation.nameLatin(),
					organisation.type().name(),
					(organisation.clientKind() != null) ? organisation.clientKind().name() : null,
					(organisation.facilityKind() != null) ? organisation.facilityKind().name() : null,
					(organisation.prefecture() != null) ? organisation.prefecture().code() : null,
					organisation.description(), organisation.website(), organisation.listed(),
					organisation.memberships().size());
		}

	}

	record MemberDto(UUID accountId, String name, String email, boolean owner, Instant joinedAt) {

	}

}
