package jp.musubi.shop.storefront.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.shop.storefront.OperatorNotice;
import jp.musubi.shop.storefront.SellerNotice;
import jp.musubi.shop.storefront.Storefront;
import jp.musubi.shop.storefront.StorefrontTerms;
import jp.musubi.shop.storefront.Storefronts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A producer's people keep its storefront, and the agent's staff the shop operator's
 * notice. Whoever does not act for the producer learns nothing of it: not found.
 */
@Controller
class StorefrontController {

	private final Storefronts storefronts;

	StorefrontController(Storefronts storefronts) {
		this.storefronts = storefronts;
	}

	@GetMapping("/shop/producers/{producerId}/storefront/edit")
	String edit(@PathVariable UUID producerId, @AuthenticationPrincipal CurrentUser user, Model model) {
		var storefront = this.storefronts.forEditing(user.accountId(), producerId);
		StorefrontForm form = storefront.map((found) -> StorefrontForm.of(found.terms()))
			.orElseGet(StorefrontForm::blank);
		form.setVersion(storefront.map(Storefront::version).orElse(null));
		if (storefront.isEmpty()) {
			form.setNameJa(producer(producerId).name());
		}
		model.addAttribute("storefrontForm", form);
		return editPage(model, producerId, storefront.orElse(null));
	}

	@PostMapping("/shop/producers/{producerId}/storefront/edit")
	String save(@PathVariable UUID producerId, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute StorefrontForm storefrontForm, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Storefront current = this.storefronts.forEditing(user.accountId(), producerId).orElse(null);
		if (current != null && storefrontForm.isStale(current.version())) {
			errors.reject("shop.storefront.stale");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return editPage(model, producerId, current);
		}
		StorefrontTerms terms = storefrontForm.toTerms(errors);
		if (terms != null && !errors.hasErrors()) {
			storefrontForm.reject(errors, terms.refusals());
		}
		if (errors.hasErrors()) {
			return editPage(model, producerId, current);
		}
		try {
			this.storefronts.edit(user.accountId(), producerId, terms);
		}
		catch (FieldsRefused refused) {
			storefrontForm.reject(errors, refused.refusals());
			return editPage(model, producerId, current);
		}
		redirect.addFlashAttribute("notice", "shop.storefront.saved");
		return "redirect:/shop/producers/" + producerId + "/storefront/edit";
	}

	@GetMapping("/shop/legal/edit")
	String editOperator(@AuthenticationPrincipal CurrentUser user, Model model) {
		requireOperator(user);
		var operator = this.storefronts.operatorNotice();
		NoticeForm form = operator.map((found) -> NoticeForm.of(found.terms())).orElseGet(NoticeForm::blank);
		form.setVersion(operator.map(OperatorNotice::version).orElse(null));
		model.addAttribute("noticeForm", form);
		return operatorPage(model);
	}

	@PostMapping("/shop/legal/edit")
	String saveOperator(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute NoticeForm noticeForm,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		requireOperator(user);
		var current = this.storefronts.operatorNotice();
		if (current.isPresent() && noticeForm.isStale(current.get().version())) {
			errors.reject("shop.storefront.stale");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return operatorPage(model);
		}
		if (!errors.hasErrors()) {
			noticeForm.reject(errors, noticeForm.toOperatorTerms().refusals());
		}
		if (errors.hasErrors()) {
			return operatorPage(model);
		}
		try {
			this.storefronts.editOperatorNotice(user.accountId(), noticeForm.toOperatorTerms());
		}
		catch (FieldsRefused refused) {
			noticeForm.reject(errors, refused.refusals());
			return operatorPage(model);
		}
		redirect.addFlashAttribute("notice", "shop.storefront.operator.saved");
		return "redirect:/shop/legal/edit";
	}

	private void requireOperator(CurrentUser user) {
		if (!this.storefronts.keepsOperatorNotice(user.accountId())) {
			throw new NotFound("operator notice", user.accountId());
		}
	}

	private OrganisationSummary producer(UUID producerId) {
		return this.storefronts.producer(producerId).orElseThrow(() -> new NotFound("producer", producerId));
	}

	private String editPage(Model model, UUID producerId, Storefront storefront) {
		model.addAttribute("producer", producer(producerId));
		model.addAttribute("storefront", storefront);
		model.addAttribute("missing", (storefront != null) ? storefront.notice().missing() : SellerNotice.fields());
		model.addAttribute("prefectures", List.of(Prefecture.values()));
		return "shop/storefront/storefront-edit";
	}

	private String operatorPage(Model model) {
		return "shop/storefront/operator-edit";
	}

}
