package jp.musubi.shop.order.web;

import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.FlashedRefusal;
import jp.musubi.platform.web.Dates;
import jp.musubi.platform.web.PageLinks;
import jp.musubi.platform.web.PdfResponse;
import jp.musubi.shop.fulfilment.B2CustomerCode;
import jp.musubi.shop.order.Fulfilment;
import jp.musubi.shop.order.Shipment;
import jp.musubi.shop.product.Keeper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A producer's people see what to pack, by planned ship date, print the packing slips,
 * mark each shipment sent with its tracking number, and, once the carrier's tracking
 * shows it, delivered.
 */
@Controller
class FulfilmentPages {

	static final int PAGE_SIZE = 20;

	private final Fulfilment fulfilment;

	private final Clock clock;

	FulfilmentPages(Fulfilment fulfilment, Clock clock) {
		this.fulfilment = fulfilment;
		this.clock = clock;
	}

	@GetMapping("/shop/producers/{producerId}/shipments")
	String toShip(@PathVariable UUID producerId, @RequestParam(defaultValue = "1") int page,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest http, Model model) {
		Page<Fulfilment.ToShip> found = this.fulfilment.toShip(Keeper.person(user.accountId()), producerId,
				PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("producerId", producerId);
		model.addAttribute("shipments", found.getContent());
		model.addAttribute("pages", PageLinks.of(found, http));
		model.addAttribute("customerCode",
				this.fulfilment.b2CustomerCode(Keeper.person(user.accountId()), producerId)
					.map(B2CustomerCode::digits)
					.orElse(""));
		return "shop/order/shipments";
	}

	@GetMapping("/shop/producers/{producerId}/shipments/sent")
	String inTransit(@PathVariable UUID producerId, @RequestParam(defaultValue = "1") int page,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest http, Model model) {
		Page<Fulfilment.ToShip> found = this.fulfilment.inTransit(Keeper.person(user.accountId()), producerId,
				PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("producerId", producerId);
		model.addAttribute("shipments", found.getContent());
		model.addAttribute("pages", PageLinks.of(found, http));
		model.addAttribute("today", Dates.today(this.clock));
		return "shop/order/sent";
	}

	@GetMapping("/shop/producers/{producerId}/shipments/packing-slips.pdf")
	ResponseEntity<byte[]> packingSlips(@PathVariable UUID producerId, @AuthenticationPrincipal CurrentUser user) {
		return PdfResponse.of(this.fulfilment.packingSlips(Keeper.person(user.accountId()), producerId,
				LocaleContextHolder.getLocale()));
	}

	@GetMapping("/shop/shipments/{id}/packing-slip.pdf")
	ResponseEntity<byte[]> packingSlip(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
		return PdfResponse
			.of(this.fulfilment.packingSlip(Keeper.person(user.accountId()), id, LocaleContextHolder.getLocale()));
	}

	@PostMapping("/shop/producers/{producerId}/shipments/b2-customer-code")
	String keepCustomerCode(@PathVariable UUID producerId, @RequestParam(required = false) String customerCode,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			B2CustomerCode kept = this.fulfilment.keepB2CustomerCode(Keeper.person(user.accountId()), producerId,
					customerCode);
			redirect.addFlashAttribute("codeKept", kept.digits());
		}
		catch (InputRefused refused) {
			redirect.addFlashAttribute("codeRefusal", refused.messageKey());
			redirect.addFlashAttribute("typedCode", customerCode);
		}
		return "redirect:/shop/producers/" + producerId + "/shipments";
	}

	@GetMapping("/shop/producers/{producerId}/shipments/b2.csv")
	ResponseEntity<byte[]> labels(@PathVariable UUID producerId, @RequestParam(required = false) String customerCode,
			@AuthenticationPrincipal CurrentUser user) {
		byte[] csv = this.fulfilment.labels(Keeper.person(user.accountId()), producerId, customerCode);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", Charset.forName("Windows-31J")))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("b2-" + producerId.toString().substring(0, 8) + ".csv")
						.build()
						.toString())
			.body(csv);
	}

	@PostMapping("/shop/producers/{producerId}/shipments/tracking")
	String tracking(@PathVariable UUID producerId, @RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) throws IOException {
		byte[] bytes = (file != null) ? file.getBytes() : new byte[0];
		int marked = this.fulfilment.importTracking(Keeper.person(user.accountId()), producerId, bytes);
		redirect.addFlashAttribute("imported", marked);
		return "redirect:/shop/producers/" + producerId + "/shipments";
	}

	@ExceptionHandler(InputRefused.class)
	String refused(InputRefused refused, HttpServletRequest http, RedirectAttributes redirect) {
		// What the export or the import refused goes back to the list, said above it.
		redirect.addFlashAttribute("fileRefusal", FlashedRefusal.of(refused));
		String path = http.getRequestURI();
		return "redirect:" + path.substring(0, path.indexOf("/shipments") + "/shipments".length());
	}

	@PostMapping("/shop/shipments/{id}/ship")
	String ship(@PathVariable UUID id, @RequestParam UUID producerId,
			@RequestParam(required = false) String trackingNumber, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			Shipment shipped = this.fulfilment.ship(Keeper.person(user.accountId()), id, trackingNumber).shipment();
			redirect.addFlashAttribute("shipped", shipped.trackingNumber().orElse(""));
		}
		catch (InputRefused refused) {
			redirect.addFlashAttribute("refusedShipment", id);
			redirect.addFlashAttribute("refusal", refused.messageKey());
			redirect.addFlashAttribute("typed", trackingNumber);
		}
		return "redirect:/shop/producers/" + producerId + "/shipments";
	}

	@PostMapping("/shop/shipments/{id}/deliver")
	String deliver(@PathVariable UUID id, @RequestParam UUID producerId,
			@RequestParam(required = false) String deliveredOn, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			Fulfilment.Reported delivered = this.fulfilment.deliver(Keeper.person(user.accountId()), id,
					day(deliveredOn));
			redirect.addFlashAttribute("delivered", String.valueOf(delivered.order().number()));
		}
		catch (InputRefused refused) {
			redirect.addFlashAttribute("refusedShipment", id);
			redirect.addFlashAttribute("refusal", refused.messageKey());
			redirect.addFlashAttribute("typed", deliveredOn);
		}
		return "redirect:/shop/producers/" + producerId + "/shipments/sent";
	}

	/**
	 * The day a date field sent (yyyy-MM-dd, as browsers send one), or none when left
	 * empty.
	 * @throws InputRefused on {@code deliveredOn} for anything else
	 */
	private static LocalDate day(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InputRefused("deliveredOn", "shop.shipment.refused.deliveredOn");
		}
	}

}
