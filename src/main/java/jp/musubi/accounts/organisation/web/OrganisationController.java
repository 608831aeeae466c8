package jp.musubi.accounts.organisation.web;

import jp.musubi.accounts.account.web.EmailRules;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import jp.musubi.platform.web.PublicAddress;
import jp.musubi.accounts.account.AccountRepository;
import jp.musubi.accounts.account.CurrentUsers;
import jp.musubi.accounts.organisation.Membership;
import jp.musubi.accounts.organisation.NotAllowed;
import jp.musubi.accounts.organisation.Organisation;
import jp.musubi.accounts.organisation.OrganisationDetails;
import jp.musubi.accounts.organisation.Organisations;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.RandomToken;
import jp.musubi.platform.security.Sessions;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.text.UnusableCharacter;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's organisations. Members see who belongs; owners also invite, remove, describe
 * the organisation and manage its API tokens. Every action checks membership or ownership
 * in the service, so an id in the address opens nothing that is not one's own.
 */
@Controller
class OrganisationController {

	private static final int TOKEN_NAME_LIMIT = 60;

	private final Organisations organisations;

	private final AccountRepository accounts;

	private final Sessions sessions;

	private final CurrentUsers currentUsers;

	private final String baseUrl;

	OrganisationController(Organisations organisations, AccountRepository accounts, Sessions sessions,
			CurrentUsers currentUsers, PublicAddress address) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.sessions = sessions;
		this.currentUsers = currentUsers;
		this.baseUrl = address.base();
	}

	@GetMapping("/organisations")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("organisations", this.organisations.of(user.accountId()));
		return "accounts/organisation/organisations";
	}

	@GetMapping("/organisations/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Organisation organisation = this.organisations.forMember(id, user.accountId());
		model.addAttribute("organisation", organisation);
		model.addAttribute("owner", organisation.isOwner(user.accountId()));
		model.addAttribute("members", members(organisation));
		if (organisation.isOwner(user.accountId())) {
			model.addAttribute("invitations", this.organisations.invitations(id, user.accountId()));
			model.addAttribute("tokens", this.organisations.tokens(id, user.accountId()));
		}
		return "accounts/organisation/organisation";
	}

	@PostMapping("/organisations/{id}/invitations")
	String invite(@PathVariable UUID id, @RequestParam(defaultValue = "") String email,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		String address = email.strip();
		if (address.isEmpty() || address.length() > 254 || !address.matches(EmailRules.PATTERN)) {
			this.organisations.forMember(id, user.accountId());
			redirect.addFlashAttribute("inviteError", "validation.email.format");
			redirect.addFlashAttribute("inviteEmail", email);
			return "redirect:/organisations/" + id + "#invite";
		}
		try {
			this.organisations.invite(id, user.accountId(), address);
			redirect.addFlashAttribute("notice", "accounts.organisation.invited");
		}
		catch (Organisations.AlreadyMember ex) {
			redirect.addFlashAttribute("inviteError", "accounts.organisation.error.alreadyMember");
			redirect.addFlashAttribute("inviteEmail", email);
		}
		return "redirect:/organisations/" + id;
	}

	@PostMapping("/organisations/{id}/invitations/{invitationId}/cancel")
	String cancelInvitation(@PathVariable UUID id, @PathVariable UUID invitationId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.organisations.cancelInvitation(id, user.accountId(), invitationId);
		redirect.addFlashAttribute("notice", "accounts.organisation.invitationCancelled");
		return "redirect:/organisations/" + id;
	}

	@PostMapping("/organisations/{id}/members/{memberId}/remove")
	String remove(@PathVariable UUID id, @PathVariable UUID memberId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			this.organisations.removeMember(id, user.accountId(), memberId);
			redirect.addFlashAttribute("notice", "accounts.organisation.removed");
		}
		catch (Organisation.LastOwner ex) {
			redirect.addFlashAttribute("notice", "accounts.organisation.error.lastOwner");
		}
		return memberId.equals(user.accountId()) ? "redirect:/organisations" : "redirect:/organisations/" + id;
	}

	@GetMapping("/organisations/{id}/edit")
	String editForm(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Organisation organisation = this.organisations.forMember(id, user.accountId());
		if (!organisation.isOwner(user.accountId())) {
			throw new NotAllowed("Not an owner");
		}
		model.addAttribute("organisation", organisation);
		model.addAttribute("organisationForm", OrganisationForm.of(organisation.details()));
		model.addAttribute("prefectures", Prefecture.values());
		return "accounts/organisation/organisation-edit";
	}

	@PostMapping("/organisations/{id}/edit")
	String edit(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute OrganisationForm organisationForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Organisation organisation = this.organisations.forMember(id, user.accountId());
		if (organisationForm.hasUnknownPrefecture()) {
			errors.rejectValue("prefecture", "validation.prefecture");
		}
		if (errors.hasErrors()) {
			model.addAttribute("organisation", organisation);
			model.addAttribute("prefectures", Prefecture.values());
			return "accounts/organisation/organisation-edit";
		}
		this.organisations.describe(id, user.accountId(), organisationForm.toDetails());
		redirect.addFlashAttribute("notice", "accounts.organisation.saved");
		return "redirect:/organisations/" + id;
	}

	@PostMapping("/organisations/{id}/tokens")
	String createToken(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		String tokenName = JapaneseText.normalize(name);
		String error = (tokenName.isEmpty() || tokenName.length() > TOKEN_NAME_LIMIT) ? "validation.tokenName"
				: UnusableCharacter.firstIn(name).map(UnusableCharacter::messageKey).orElse(null);
		if (error != null) {
			this.organisations.forMember(id, user.accountId());
			redirect.addFlashAttribute("tokenError", error);
			redirect.addFlashAttribute("tokenName", name);
			return "redirect:/organisations/" + id + "#tokens";
		}
		RandomToken secret = this.organisations.createToken(id, user.accountId(), tokenName);
		model.addAttribute("organisation", this.organisations.forMember(id, user.accountId()));
		model.addAttribute("tokenName", tokenName);
		model.addAttribute("secret", secret.value());
		model.addAttribute("baseUrl", this.baseUrl);
		return "accounts/organisation/token-created";
	}

	@PostMapping("/organisations/{id}/tokens/{tokenId}/revoke")
	String revokeToken(@PathVariable UUID id, @PathVariable UUID tokenId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		this.organisations.revokeToken(id, user.accountId(), tokenId);
		redirect.addFlashAttribute("notice", "accounts.organisation.tokenRevoked");
		return "redirect:/organisations/" + id + "#tokens";
	}

	@GetMapping("/invitations/{token}")
	String invitation(@PathVariable String token, @AuthenticationPrincipal CurrentUser user, Model model) {
		try {
			Organisations.InvitationView view = this.organisations.invitation(token);
			model.addAttribute("view", view);
			model.addAttribute("token", token);
			model.addAttribute("forMe", view.invitation().isFor(user.email()));
			return "accounts/organisation/invitation";
		}
		catch (Organisations.InvitationRefused ex) {
			return "accounts/organisation/invitation-refused";
		}
	}

	@PostMapping("/invitations/{token}/accept")
	String accept(@PathVariable String token, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			Organisation organisation = this.organisations.accept(token, user.accountId());
			this.sessions.refresh(this.currentUsers.of(user.accountId()), request, response);
			redirect.addFlashAttribute("notice", "accounts.organisation.joinedNotice");
			return "redirect:/organisations/" + organisation.id();
		}
		catch (Organisations.InvitationRefused ex) {
			return "accounts/organisation/invitation-refused";
		}
	}

	private List<MemberRow> members(Organisation organisation) {
		return organisation.memberships()
			.stream()
			.map((membership) -> MemberRow.of(membership, this.accounts))
			.sorted(Comparator.comparing(MemberRow::owner).reversed().thenComparing(MemberRow::name))
			.toList();
	}

	/** A member as the organisation's page lists them. */
	record MemberRow(UUID accountId, String name, String email, boolean owner, Instant joinedAt) {

		static MemberRow of(Membership membership, AccountRepository accounts) {
			var account = accounts.findById(membership.accountId()).orElseThrow();
			return new MemberRow(account.id(), account.profile().displayName(), account.email(), membership.owner(),
					membership.joinedAt());
		}

	}

}
