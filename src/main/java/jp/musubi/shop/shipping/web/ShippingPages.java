package jp.musubi.shop.shipping.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.web.FormErrors;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.shipping.DeliveryArea;
import jp.musubi.shop.shipping.ShippingMethod;
import jp.musubi.shop.shipping.ShippingOffer;
import jp.musubi.shop.shipping.ShippingTerms;
import jp.musubi.shop.storefront.Storefronts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A producer's people keep its shipping terms on one page: a table of fees per method.
 * Another producer's page is not found.
 */
@Controller
class ShippingPages {

	private final ShippingTerms shipping;

	private final Storefronts storefronts;

	ShippingPages(ShippingTerms shipping, Storefronts storefronts) {
		this.shipping = shipping;
		this.storefronts = storefronts;
	}

	/**
	 * Only the methods there are: a field of another name would make the form grow a
	 * method it cannot build, and fail instead of being ignored.
	 */
	@InitBinder("shippingForm")
	void knownMethodsOnly(WebDataBinder binder) {
		List<String> allowed = new ArrayList<>(List.of("freeThreshold", "freeCoversCool"));
		for (ShippingMethod method : ShippingMethod.values()) {
			allowed.add("methods[" + method.name() + "]*");
		}
		binder.setAllowedFields(allowed.toArray(String[]::new));
	}

	@GetMapping("/shop/producers/{producerId}/shipping")
	String show(@PathVariable UUID producerId, @AuthenticationPrincipal CurrentUser user, Model model) {
		ShippingOffer offer = this.shipping.offer(Keeper.person(user.accountId()), producerId);
		model.addAttribute("shippingForm", ShippingForm.of(offer, this.shipping.home(producerId)));
		return page(model, producerId);
	}

	@PostMapping("/shop/producers/{producerId}/shipping")
	String save(@PathVariable UUID producerId, @AuthenticationPrincipal CurrentUser user,
			@ModelAttribute ShippingForm shippingForm, BindingResult errors, Model model, RedirectAttributes redirect) {
		Keeper keeper = Keeper.person(user.accountId());
		this.shipping.offer(keeper, producerId);
		ShippingOffer offer = shippingForm.toOffer(errors);
		if (offer == null) {
			return page(model, producerId);
		}
		try {
			this.shipping.change(keeper, producerId, offer);
		}
		catch (FieldsRefused refused) {
			FormErrors.reject(errors, refused.refusals(), ShippingForm::fieldOf);
			return page(model, producerId);
		}
		redirect.addFlashAttribute("notice", "shop.shipping.page.saved");
		return "redirect:/shop/producers/" + producerId + "/shipping";
	}

	private String page(Model model, UUID producerId) {
		OrganisationSummary producer = this.storefronts.producer(producerId)
			.orElseThrow(() -> new NotFound("producer", producerId));
		model.addAttribute("producer", producer);
		model.addAttribute("shippingMethods", ShippingMethod.values());
		model.addAttribute("areas", DeliveryArea.values());
		model.addAttribute("prefectures", List.of(Prefecture.values()));
		return "shop/shipping/shipping";
	}

}
