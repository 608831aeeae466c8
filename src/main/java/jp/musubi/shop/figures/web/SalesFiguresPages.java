package jp.musubi.shop.figures.web;

import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.FormErrors;
import jp.musubi.shop.figures.SalesPeriod;
import jp.musubi.shop.figures.ShopFigures;
import jp.musubi.shop.product.Keeper;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The agent's staff's page of the shop's sales: a month or any days, inside and outside
 * the region against the seed, by prefecture, the buyers who came back and the best
 * sellers; and a producer's page of its own, for its people, with its buyers' addresses
 * protected. A period that cannot be read is said so next to its field, and no figures
 * shown.
 */
@Controller
class SalesFiguresPages {

	private final ShopFigures figures;

	SalesFiguresPages(ShopFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/shop/figures")
	String show(@ModelAttribute PeriodForm periodForm, BindingResult errors, Model model) {
		try {
			SalesPeriod period = this.figures.period(periodForm.getMonth(), periodForm.getFrom(), periodForm.getTo());
			if (periodForm.isEmpty()) {
				period.month().ifPresent((month) -> periodForm.setMonth(month.toString()));
			}
			model.addAttribute("figures", this.figures.sales(period));
		}
		catch (InputRefused refused) {
			FormErrors.reject(errors, List.of(refused), UnaryOperator.identity());
		}
		return "shop/figures/figures";
	}

	@GetMapping("/shop/producers/{producerId}/figures")
	String producer(@PathVariable UUID producerId, @ModelAttribute PeriodForm periodForm, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Keeper keeper = Keeper.person(user.accountId());
		model.addAttribute("producerId", producerId);
		model.addAttribute("producer", this.figures.producerName(keeper, producerId));
		try {
			SalesPeriod period = this.figures.period(periodForm.getMonth(), periodForm.getFrom(), periodForm.getTo());
			if (periodForm.isEmpty()) {
				period.month().ifPresent((month) -> periodForm.setMonth(month.toString()));
			}
			model.addAttribute("figures", this.figures.producerSales(keeper, producerId, period));
		}
		catch (InputRefused refused) {
			FormErrors.reject(errors, List.of(refused), UnaryOperator.identity());
		}
		return "shop/figures/producer-figures";
	}

}
