package jp.musubi.shop.order.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.PageLinks;
import jp.musubi.shop.order.Order;
import jp.musubi.shop.order.Orders;
import jp.musubi.shop.order.TransferAccount;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A buyer's orders: the page an order leads to after the button (a guest keeps its link,
 * which the order's mail repeats), with how to pay it; a member's list of them.
 */
@Controller
class OrderPages {

	static final int PAGE_SIZE = 20;

	private final Orders orders;

	private final TransferAccount transferAccount;

	OrderPages(Orders orders, TransferAccount transferAccount) {
		this.orders = orders;
		this.transferAccount = transferAccount;
	}

	@GetMapping("/shop/orders/{id}")
	String order(@PathVariable UUID id, @RequestParam(name = "t", required = false) String token,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Order order = this.orders.forBuyer(id, (user != null) ? user.accountId() : null, token);
		model.addAttribute("order", order);
		model.addAttribute("transfer", this.transferAccount);
		return "shop/order/order";
	}

	@GetMapping("/shop/orders")
	String mine(@RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal CurrentUser user,
			HttpServletRequest http, Model model) {
		Page<Order> found = this.orders.ofPerson(user.accountId(), PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("orders", found.getContent());
		model.addAttribute("pages", PageLinks.of(found, http));
		return "shop/order/orders";
	}

}
