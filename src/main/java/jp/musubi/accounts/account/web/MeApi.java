package jp.musubi.accounts.account.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jp.musubi.accounts.account.Account;
import jp.musubi.accounts.account.Profiles;
import jp.musubi.accounts.organisation.Organisations;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.Role;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is calling: a person signed in through the browser, or an organisation's API token.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "me", description = "The caller")
class MeApi {

	private final Profiles profiles;

	private final Organisations organisations;

	MeApi(Profiles profiles, Organisations organisations) {
		this.profiles = profiles;
		this.organisations = organisations;
	}

	@GetMapping("/me")
	@Operation(summary = "The signed-in person, or the organisation an API token belongs to")
	Me me(Authentication authentication) {
		if (authentication.getPrincipal() instanceof ApiClient client) {
			return new Me("organisation", null, new OrganisationRef(client.organisationId(), client.organisationName()),
					List.of());
		}
		CurrentUser user = (CurrentUser) authentication.getPrincipal();
		Account account = this.profiles.account(user.accountId());
		List<OrganisationRef> memberships = this.organisations.of(user.accountId())
			.stream()
			.map((organisation) -> new OrganisationRef(organisation.id(), organisation.name()))
			.toList();
		return new Me("person", Person.of(account, user.roles()), null, memberships);
	}

	/** The caller: {@code kind} is {@code person} or {@code organisation}. */
	record Me(String kind, Person person, OrganisationRef organisation, List<OrganisationRef> organisations) {

	}

	record Person(UUID id, String email, String familyName, String givenName, String familyNameKana,
			String givenNameKana, String prefectureCode, String postalCode, String preferredLanguage, Set<Role> roles) {

		static Person of(Account account, Set<Role> roles) {
			var profile = account.profile();
			return new Person(account.id(), account.email(), profile.familyName(), profile.givenName(),
					profile.familyNameKana(), profile.givenNameKana(),
					(profile.prefecture() != null) ? profile.prefecture().code() : null,
					(profile.postalCode() != null) ? profile.postalCode().value() : null,
					profile.preferredLanguage().tag(), roles);
		}

	}

	record OrganisationRef(UUID id, String name) {

	}

}
