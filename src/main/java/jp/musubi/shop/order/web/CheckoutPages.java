package jp.musubi.shop.order.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.payment.HostedCheckout;
import jp.musubi.platform.payment.Payments;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.web.FormErrors;
import jp.musubi.platform.web.PublicAddress;
import jp.musubi.shop.order.Checkout;
import jp.musubi.shop.order.CheckoutRequest;
import jp.musubi.shop.order.Order;
import jp.musubi.shop.order.PaymentMethod;
import jp.musubi.shop.order.Quotation;
import jp.musubi.shop.order.Quote;
import jp.musubi.shop.order.QuoteChanged;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.ProductKind;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.product.Variant;
import jp.musubi.shop.stock.Stock;
import jp.musubi.shop.storefront.Storefronts;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The buyer's way from the cart to an order: the cart, who buys and where it goes, and
 * the final confirmation screen the Act on Specified Commercial Transactions (Art. 12-6)
 * asks for, with every item it names and a link back to change each, before the one
 * button that places the order.
 */
@Controller
class CheckoutPages {

	private final Products products;

	private final Stock stock;

	private final Quotation quotation;

	private final Checkout checkout;

	private final Storefronts storefronts;

	private final Payments payments;

	private final PublicAddress address;

	private final MessageSource messages;

	CheckoutPages(Products products, Stock stock, Quotation quotation, Checkout checkout, Storefronts storefronts,
			Payments payments, PublicAddress address, MessageSource messages) {
		this.payments = payments;
		this.address = address;
		this.messages = messages;
		this.products = products;
		this.stock = stock;
		this.quotation = quotation;
		this.checkout = checkout;
		this.storefronts = storefronts;
	}

	@PostMapping("/shop/cart/lines")
	String add(@RequestParam UUID productId, @RequestParam UUID variantId,
			@RequestParam(defaultValue = "1") String quantity, HttpServletRequest http, RedirectAttributes redirect) {
		Product product = this.products.published(productId);
		if (product.variant(variantId).isEmpty()) {
			throw new NotFound("variant", variantId);
		}
		int units = parseQuantity(quantity);
		if (units < 1 || units > Quotation.MAX_QUANTITY) {
			redirect.addFlashAttribute("quantityRefused", Quotation.MAX_QUANTITY);
			return "redirect:/shop/products/" + productId;
		}
		HttpSession session = http.getSession();
		Cart cart = Cart.of(session);
		cart.add(productId, variantId, units);
		cart.keepIn(session);
		redirect.addFlashAttribute("added", product.name(language()));
		return "redirect:/shop/cart";
	}

	@GetMapping("/shop/cart")
	String cart(HttpServletRequest http, Model model) {
		Cart cart = Cart.of(http.getSession(false));
		List<Shown> lines = new ArrayList<>();
		var available = this.stock.available(cart.lines().stream().map(Cart.Line::variantId).toList());
		List<Cart.Line> cartLines = cart.lines();
		for (int i = 0; i < cartLines.size(); i++) {
			Cart.Line line = cartLines.get(i);
			Optional<Product> product = published(line.productId());
			Optional<Variant> variant = product.flatMap((p) -> p.variant(line.variantId()));
			lines.add(new Shown(i, product.orElse(null), variant.orElse(null), line.quantity(),
					available.getOrDefault(line.variantId(), 0)));
		}
		model.addAttribute("lines", lines);
		model.addAttribute("subtotal",
				lines.stream()
					.filter(Shown::onSale)
					.map((line) -> line.variant().price().times(line.quantity()))
					.reduce(Yen.ZERO, Yen::plus));
		model.addAttribute("liquor", lines.stream().anyMatch(Shown::isLiquor));
		model.addAttribute("language", language());
		return "shop/order/cart";
	}

	@PostMapping("/shop/cart/lines/{index}")
	String change(@PathVariable int index, @RequestParam(defaultValue = "0") String quantity, HttpServletRequest http,
			RedirectAttributes redirect) {
		HttpSession session = http.getSession(false);
		if (session == null) {
			return "redirect:/shop/cart";
		}
		int units = parseQuantity(quantity);
		if (units < 0 || units > Quotation.MAX_QUANTITY) {
			redirect.addFlashAttribute("quantityRefused", Quotation.MAX_QUANTITY);
			return "redirect:/shop/cart";
		}
		Cart cart = Cart.of(session);
		cart.change(index, units);
		cart.keepIn(session);
		return "redirect:/shop/cart";
	}

	@GetMapping("/shop/checkout")
	String details(HttpServletRequest http, @AuthenticationPrincipal CurrentUser user, Model model) {
		Cart cart = Cart.of(http.getSession(false));
		if (cart.isEmpty()) {
			return "redirect:/shop/cart";
		}
		CheckoutForm form = CheckoutForm.of(http.getSession(false)).orElseGet(() -> started(user));
		model.addAttribute("checkoutForm", form);
		return details(cart, model);
	}

	@PostMapping("/shop/checkout")
	String saveDetails(@ModelAttribute CheckoutForm checkoutForm, BindingResult errors, HttpServletRequest http,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Cart cart = Cart.of(http.getSession(false));
		if (cart.isEmpty()) {
			return "redirect:/shop/cart";
		}
		// The delivery choices are made on the confirmation screen; keep the ones made.
		CheckoutForm.of(http.getSession(false))
			.ifPresent((earlier) -> checkoutForm.setShipments(earlier.getShipments()));
		if (!errors.hasErrors()) {
			try {
				this.quotation.quote(checkoutForm.toRequest(cart, language(), personOf(user)));
			}
			catch (FieldsRefused refused) {
				FormErrors.reject(errors,
						refused.refusals()
							.stream()
							.filter((refusal) -> !refusal.field().startsWith("shipments"))
							.toList(),
						DETAILS_FIELDS);
			}
		}
		if (errors.hasErrors()) {
			return details(cart, model);
		}
		checkoutForm.keepIn(http.getSession());
		return "redirect:/shop/checkout/confirm";
	}

	@GetMapping("/shop/checkout/confirm")
	String confirm(HttpServletRequest http, @AuthenticationPrincipal CurrentUser user, Model model) {
		Cart cart = Cart.of(http.getSession(false));
		Optional<CheckoutForm> form = CheckoutForm.of(http.getSession(false));
		if (cart.isEmpty() || form.isEmpty()) {
			return "redirect:/shop/cart";
		}
		return confirmation(cart, form.get(), user, Optional.empty(), model);
	}

	@PostMapping("/shop/checkout/delivery")
	String chooseDelivery(@ModelAttribute CheckoutForm choices, HttpServletRequest http,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Cart cart = Cart.of(http.getSession(false));
		Optional<CheckoutForm> form = CheckoutForm.of(http.getSession(false));
		if (cart.isEmpty() || form.isEmpty()) {
			return "redirect:/shop/cart";
		}
		form.get().setShipments(choices.getShipments());
		form.get().keepIn(http.getSession());
		return "redirect:/shop/checkout/confirm";
	}

	@PostMapping("/shop/checkout/place")
	String place(@RequestParam String attempt, @RequestParam long confirmedTotal, HttpServletRequest http,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		HttpSession session = http.getSession(false);
		Cart cart = Cart.of(session);
		Optional<CheckoutForm> form = CheckoutForm.of(session);
		if (cart.isEmpty() || form.isEmpty()) {
			// A second press after the first placed the order finds the cart empty; the
			// attempt's key still finds that order.
			return "redirect:/shop/cart";
		}
		CheckoutRequest request = form.get().toRequest(cart, language(), personOf(user));
		Order order;
		try {
			order = this.checkout.place(request, attempt, Yen.of(confirmedTotal)).order();
		}
		catch (QuoteChanged changed) {
			return confirmation(cart, form.get(), user, Optional.of("shop.checkout.changed"), model);
		}
		catch (FieldsRefused refused) {
			model.addAttribute("refusals", refused.refusals());
			return confirmation(cart, form.get(), user, Optional.of("shop.checkout.refused"), model);
		}
		Cart.empty(session);
		CheckoutForm.forget(session);
		String orderPage = "/shop/orders/" + order.id() + "?t=" + order.viewToken();
		if (order.paymentMethod() == PaymentMethod.CARD && order.state().awaitsPayment()) {
			URI back = URI.create(this.address.base() + orderPage);
			HostedCheckout hosted = this.checkout.payByCard(order, back, this.messages.getMessage("shop.order.title",
					new Object[] { String.valueOf(order.number()) }, order.language().locale()));
			return "redirect:" + hosted.redirectTo();
		}
		return "redirect:" + orderPage;
	}

	private String details(Cart cart, Model model) {
		model.addAttribute("prefectures", Prefecture.values());
		model.addAttribute("payments", this.quotation.paymentMethods());
		model.addAttribute("liquor",
				cart.lines()
					.stream()
					.map((line) -> published(line.productId()))
					.anyMatch((product) -> product.filter((p) -> p.kind() == ProductKind.LIQUOR).isPresent()));
		return "shop/order/checkout";
	}

	private String confirmation(Cart cart, CheckoutForm form, CurrentUser user, Optional<String> notice, Model model) {
		Quote quote;
		try {
			quote = this.quotation.quote(form.toRequest(cart, language(), personOf(user)));
		}
		catch (FieldsRefused refused) {
			model.addAttribute("refusals", refused.refusals());
			model.addAttribute("checkoutForm", form);
			model.addAttribute("cartProblem",
					refused.refusals().stream().anyMatch((refusal) -> refusal.field().startsWith("lines")));
			return "shop/order/unquotable";
		}
		// The choices the page offers start from what the quote settled on.
		List<CheckoutForm.ShipmentForm> shipments = new ArrayList<>();
		for (Quote.Shipment shipment : quote.shipments()) {
			CheckoutForm.ShipmentForm chosen = new CheckoutForm.ShipmentForm();
			chosen.setProducerId(shipment.producerId());
			chosen.setTemperature(shipment.temperature());
			chosen.setMethod(shipment.method());
			chosen.setDate(shipment.delivery().date().orElse(null));
			chosen.setSlot(shipment.delivery().slot().orElse(null));
			shipments.add(chosen);
		}
		form.setShipments(shipments);
		model.addAttribute("checkoutForm", form);
		model.addAttribute("quote", quote);
		model.addAttribute("notice", notice.orElse(null));
		model.addAttribute("attempt", UUID.randomUUID().toString());
		model.addAttribute("transferDays", Checkout.TRANSFER_DAYS);
		model.addAttribute("returns",
				quote.shipments()
					.stream()
					.map((shipment) -> new Returns(shipment.producerId(), shipment.producerName(),
							this.storefronts.find(shipment.producerId())
								.map((storefront) -> storefront.notice().returns())
								.orElse(null)))
					.distinct()
					.toList());
		return "shop/order/confirm";
	}

	private static CheckoutForm started(CurrentUser user) {
		CheckoutForm form = new CheckoutForm();
		if (user != null) {
			form.setEmail(user.email());
			form.getBuyer().setName(user.displayName());
		}
		return form;
	}

	private Optional<Product> published(UUID productId) {
		try {
			return Optional.of(this.products.published(productId));
		}
		catch (NotFound gone) {
			return Optional.empty();
		}
	}

	private static int parseQuantity(String text) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException | NullPointerException notNumber) {
			return -1;
		}
	}

	private static UUID personOf(CurrentUser user) {
		return (user != null) ? user.accountId() : null;
	}

	private static Language language() {
		return Language.of(LocaleContextHolder.getLocale()).orElse(Language.DEFAULT);
	}

	/**
	 * The details page shows only its own fields' refusals; the lines' go to the cart.
	 */
	private static final UnaryOperator<String> DETAILS_FIELDS = (field) -> field.startsWith("lines") ? null : field;

	/** A line of the cart with its product as it is on sale now, if it still is. */
	record Shown(int index, Product product, Variant variant, int quantity, int available) {

		public boolean onSale() {
			return this.product != null && this.variant != null;
		}

		public boolean isLiquor() {
			return onSale() && this.product.kind() == ProductKind.LIQUOR;
		}

	}

	/** A producer's returns and cancellation terms, from its notice. */
	record Returns(UUID producerId, String producer, String terms) {
	}

}
