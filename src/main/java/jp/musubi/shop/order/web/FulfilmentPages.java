package jp.musubi.shop.order.web;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.PageLinks;
import jp.musubi.shop.order.Fulfilment;
import jp.musubi.shop.order.Shipment;
import jp.musubi.shop.product.Keeper;

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
 * A producer's people see what to pack, by planned ship date, and mark each shipment sent
 * with its tracking number.
 */
@Controller
class FulfilmentPages {

	static final int PAGE_SIZE = 20;

	private final Fulfilment fulfilment;

	FulfilmentPages(Fulfilment fulfilment) {
		this.fulfilment = fulfilment;
	}

	@GetMapping("/shop/producers/{producerId}/shipments")
	String toShip(@PathVariable UUID producerId, @RequestParam(defaultValue = "1") int page,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest http, Model model) {
		Page<Fulfilment.ToShip> found = this.fulfilment.toShip(Keeper.person(user.accountId()), producerId,
				PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("producerId", producerId);
		model.addAttribute("shipments", found.getContent());
		model.addAttribute("pages", PageLinks.of(found, http));
		return "shop/order/shipments";
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
		redirect.addFlashAttribute("fileRefusal", refused);
		String path = http.getRequestURI();
		return "redirect:" + path.substring(0, path.indexOf("/shipments") + "/shipments".length());
	}

	@PostMapping("/shop/shipments/{id}/ship")
	String ship(@PathVariable UUID id, @RequestParam UUID producerId,
			@RequestParam(required = false) String trackingNumber, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			Shipment shipped = this.fulfilment.ship(Keeper.person(user.accountId()), id, trackingNumber);
			redirect.addFlashAttribute("shipped", shipped.trackingNumber().orElse(""));
		}
		catch (InputRefused refused) {
			redirect.addFlashAttribute("refusedShipment", id);
			redirect.addFlashAttribute("refusal", refused.messageKey());
			redirect.addFlashAttribute("typed", trackingNumber);
		}
		return "redirect:/shop/producers/" + producerId + "/shipments";
	}

}
