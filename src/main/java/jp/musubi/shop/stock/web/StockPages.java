package jp.musubi.shop.stock.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.product.Variant;
import jp.musubi.shop.stock.Stock;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A producer's people count a product's units for sale, size by size. The page sends back
 * the count it showed, so an order that took units meanwhile is not written over.
 */
@Controller
class StockPages {

	private final Products products;

	private final Stock stock;

	StockPages(Products products, Stock stock) {
		this.products = products;
		this.stock = stock;
	}

	@GetMapping("/shop/products/{id}/stock")
	String stock(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Product product = this.products.product(Keeper.person(user.accountId()), id);
		return page(product, Map.of(), Map.of(), model);
	}

	@PostMapping("/shop/products/{id}/stock")
	String count(@PathVariable UUID id, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Keeper keeper = Keeper.person(user.accountId());
		Product product = this.products.product(keeper, id);
		List<Stock.Count> counts = new ArrayList<>();
		Map<String, InputRefused> refusals = new HashMap<>();
		for (Variant size : product.variants()) {
			if (!form.containsKey("units[" + size.id() + "]")) {
				// A size added since the page was drawn keeps its count.
				continue;
			}
			String typed = form.getOrDefault("units[" + size.id() + "]", "").strip();
			Integer seen = number(form.get("seen[" + size.id() + "]"));
			Integer units = number(typed);
			if (units == null) {
				refusals.put(size.id().toString(),
						new InputRefused("counts[" + size.id() + "]", "shop.stock.refused.range", Stock.MAX_UNITS));
			}
			else {
				counts.add(new Stock.Count(size.id(), units, seen));
			}
		}
		if (refusals.isEmpty()) {
			try {
				this.stock.set(keeper, id, counts);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/shop/products/" + id + "/stock";
			}
			catch (FieldsRefused refused) {
				refused.refusals()
					.forEach((refusal) -> refusals.put(refusal.field().replace("counts[", "").replace("]", ""),
							refusal));
			}
		}
		Map<String, String> typed = new HashMap<>();
		product.variants()
			.forEach((size) -> typed.put(size.id().toString(), form.getOrDefault("units[" + size.id() + "]", "")));
		return page(product, refusals, typed, model);
	}

	private String page(Product product, Map<String, InputRefused> refusals, Map<String, String> typed, Model model) {
		Map<UUID, Integer> available = this.stock.available(product.variants().stream().map(Variant::id).toList());
		model.addAttribute("product", product);
		model.addAttribute("name", product.name(Language.of(LocaleContextHolder.getLocale()).orElse(Language.DEFAULT)));
		model.addAttribute("rows",
				product.variants()
					.stream()
					.map((size) -> new Row(size, available.get(size.id()),
							typed.getOrDefault(size.id().toString(), String.valueOf(available.get(size.id()))),
							refusals.get(size.id().toString())))
					.toList());
		model.addAttribute("refused", !refusals.isEmpty());
		return "shop/stock/stock";
	}

	private static Integer number(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(jp.musubi.platform.text.JapaneseText.normalize(text).strip());
		}
		catch (NumberFormatException notNumber) {
			return null;
		}
	}

	/** A size with its units now, what was typed, and why it was refused. */
	record Row(Variant size, int available, String typed, InputRefused refusal) {
	}

}
