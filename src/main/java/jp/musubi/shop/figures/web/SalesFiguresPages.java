package jp.musubi.shop.figures.web;

import java.util.List;
import java.util.function.UnaryOperator;

import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.web.FormErrors;
import jp.musubi.shop.figures.SalesPeriod;
import jp.musubi.shop.figures.ShopFigures;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The agent's staff's page of the shop's sales: a month or any days, inside and outside
 * the region against the seed, by prefecture, the buyers who came back and the best
 * sellers. A period that cannot be read is said so next to its field, and no figures
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

}
