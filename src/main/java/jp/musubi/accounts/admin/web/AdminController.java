package jp.musubi.accounts.admin.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import jp.musubi.accounts.ClientKind;
import jp.musubi.accounts.FacilityKind;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.accounts.account.Account;
import jp.musubi.accounts.account.RoleChanges;
import jp.musubi.accounts.organisation.Organisation;
import jp.musubi.accounts.organisation.Organisations;
import jp.musubi.platform.audit.AuditLog;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.Role;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.web.PageLinks;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
 * The administrator's pages for accounts and organisations. The whole {@code /admin}
 * space is for the admin role only (platform security); each change is in the audit log.
 */
@Controller
class AdminController {

	private static final int PAGE_SIZE = 20;

	private static final int AUDIT_SHOWN = 30;

	private final RoleChanges roleChanges;

	private final Organisations organisations;

	private final AuditLog audit;

	AdminController(RoleChanges roleChanges, Organisations organisations, AuditLog audit) {
		this.roleChanges = roleChanges;
		this.organisations = organisations;
		this.audit = audit;
	}

	@GetMapping("/admin/users")
	String users(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page,
			HttpServletRequest request, Model model) {
		Page<Account> accounts = this.roleChanges.search(q.length() > 100 ? q.substring(0, 100) : q,
				PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE, Sort.by("createdAt").descending()));
		model.addAttribute("q", q);
		model.addAttribute("accounts", accounts);
		model.addAttribute("pages", PageLinks.of(accounts, request));
		return "accounts/admin/admin-users";
	}

	@GetMapping("/admin/users/{id}")
	String user(@PathVariable UUID id, Model model) {
		model.addAttribute("account", this.roleChanges.account(id));
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("organisations", this.organisations.of(id));
		model.addAttribute("audit", this.audit.concerning(id, AUDIT_SHOWN));
		return "accounts/admin/admin-user";
	}

	@PostMapping("/admin/users/{id}/roles")
	String roles(@PathVariable UUID id, @RequestParam(name = "roles", required = false) List<String> roles,
			@AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		Set<Role> chosen = EnumSet.noneOf(Role.class);
		if (roles != null) {
			for (String role : roles) {
				try {
					chosen.add(Role.valueOf(role));
				}
				catch (IllegalArgumentException ex) {
					redirect.addFlashAttribute("notice", "accounts.admin.error.role");
					return "redirect:/admin/users/" + id;
				}
			}
		}
		try {
			this.roleChanges.setRoles(admin.accountId(), id, chosen);
			redirect.addFlashAttribute("notice", "accounts.admin.rolesSaved");
		}
		catch (RoleChanges.AdminLockout ex) {
			redirect.addFlashAttribute("notice", ex.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/disable")
	String disable(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		try {
			this.roleChanges.disable(admin.accountId(), id);
			redirect.addFlashAttribute("notice", "accounts.admin.disabled");
		}
		catch (RoleChanges.AdminLockout ex) {
			redirect.addFlashAttribute("notice", ex.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/enable")
	String enable(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		this.roleChanges.enable(admin.accountId(), id);
		redirect.addFlashAttribute("notice", "accounts.admin.enabled");
		return "redirect:/admin/users/" + id;
	}

	@GetMapping("/admin/organisations")
	String organisations(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page,
			HttpServletRequest request, Model model) {
		Page<Organisation> found = this.organisations.search(q.length() > 100 ? q.substring(0, 100) : q,
				PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE, Sort.by("name")));
		model.addAttribute("q", q);
		model.addAttribute("organisations", found);
		model.addAttribute("pages", PageLinks.of(found, request));
		return "accounts/admin/admin-organisations";
	}

	@GetMapping("/admin/organisations/new")
	String newOrganisation(Model model) {
		model.addAttribute("newOrganisationForm", new NewOrganisationForm());
		addChoices(model);
		return "accounts/admin/admin-organisation-new";
	}

	@PostMapping("/admin/organisations")
	String create(@Valid @ModelAttribute NewOrganisationForm newOrganisationForm, BindingResult errors,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		newOrganisationForm.check(errors);
		if (errors.hasErrors()) {
			addChoices(model);
			return "accounts/admin/admin-organisation-new";
		}
		try {
			this.organisations.create(admin.accountId(), newOrganisationForm.toDetails(), newOrganisationForm.type(),
					newOrganisationForm.clientKind(), newOrganisationForm.facilityKind(),
					newOrganisationForm.getOwnerEmail());
		}
		catch (Organisations.NoSuchOwner ex) {
			errors.rejectValue("ownerEmail", "accounts.admin.error.noOwner");
			addChoices(model);
			return "accounts/admin/admin-organisation-new";
		}
		redirect.addFlashAttribute("notice", "accounts.admin.organisationCreated");
		return "redirect:/admin/organisations";
	}

	private static void addChoices(Model model) {
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("clientKinds", ClientKind.values());
		model.addAttribute("facilityKinds", FacilityKind.values());
		model.addAttribute("prefectures", Prefecture.values());
	}

}
