package jp.musubi.tourism.booking.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.PageLinks;
import jp.musubi.tourism.booking.Bookings;
import jp.musubi.tourism.booking.DataProvision;
import jp.musubi.tourism.facility.Facilities;
import jp.musubi.tourism.facility.Facility;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 第三者提供の記録 as the guest reads them: each time their details went to a partner facility,
 * when, to whom, which items and why. Only their own; APPI lets them ask.
 */
@Controller
class ProvisionRecordsPage {

	private static final int PAGE_SIZE = 20;

	private final OwnBookings own;

	private final Bookings bookings;

	private final Facilities facilities;

	ProvisionRecordsPage(OwnBookings own, Bookings bookings, Facilities facilities) {
		this.own = own;
		this.bookings = bookings;
		this.facilities = facilities;
	}

	@GetMapping("/tourism/me/records")
	String records(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "1") int page,
			HttpServletRequest http, Model model) {
		Page<DataProvision> found = this.own.guest(user)
			.map((guest) -> this.bookings.provisionsOf(guest.id(), PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE)))
			.orElse(Page.empty());
		Map<UUID, String> names = new HashMap<>();
		model.addAttribute("records",
				found.getContent()
					.stream()
					.map((record) -> new Line(record,
							names.computeIfAbsent(record.recipientFacilityId(),
									(id) -> this.facilities.find(id).map(Facility::name).orElse(""))))
					.toList());
		model.addAttribute("pages", PageLinks.of(found, http));
		return "tourism/booking/records";
	}

	/** A record with the name of the facility that received the data. */
	record Line(DataProvision record, String recipient) {

	}

}
