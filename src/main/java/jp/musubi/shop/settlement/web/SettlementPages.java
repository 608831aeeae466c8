package jp.musubi.shop.settlement.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.platform.calendar.BankingDays;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.web.Dates;
import jp.musubi.platform.web.FlashedRefusal;
import jp.musubi.platform.web.FormErrors;
import jp.musubi.platform.zengin.AccountType;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.settlement.Settlement;
import jp.musubi.shop.settlement.Settlements;
import jp.musubi.shop.storefront.Storefronts;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Money after the sale in the browser: a producer's terms, payout account and monthly
 * statements, and the agent's month of settlements with its transfer file.
 */
@Controller
class SettlementPages {

	private final Settlements settlements;

	private final Storefronts storefronts;

	private final BankingDays bankingDays;

	private final Clock clock;

	SettlementPages(Settlements settlements, Storefronts storefronts, BankingDays bankingDays, Clock clock) {
		this.settlements = settlements;
		this.storefronts = storefronts;
		this.bankingDays = bankingDays;
		this.clock = clock;
	}

	@GetMapping("/shop/producers/{producerId}/money")
	String money(@PathVariable UUID producerId, @AuthenticationPrincipal CurrentUser user, Model model) {
		Settlements.Terms terms = this.settlements.terms(Keeper.person(user.accountId()), producerId);
		model.addAttribute("payoutAccountForm",
				terms.account()
					.map((account) -> PayoutAccountForm.of(account.details()))
					.orElseGet(PayoutAccountForm::new));
		return moneyPage(producerId, user, terms, model);
	}

	@PostMapping("/shop/producers/{producerId}/payout-account")
	String account(@PathVariable UUID producerId, @AuthenticationPrincipal CurrentUser user,
			@ModelAttribute PayoutAccountForm payoutAccountForm, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Keeper keeper = Keeper.person(user.accountId());
		try {
			this.settlements.changeAccount(keeper, producerId, payoutAccountForm.toDetails());
		}
		catch (FieldsRefused refused) {
			FormErrors.reject(errors, refused.refusals(), PayoutAccountForm::fieldOf);
			return moneyPage(producerId, user, this.settlements.terms(keeper, producerId), model);
		}
		redirect.addFlashAttribute("notice", "shop.money.account.saved");
		return "redirect:/shop/producers/" + producerId + "/money";
	}

	@PostMapping("/shop/producers/{producerId}/commission")
	String commission(@PathVariable UUID producerId, @RequestParam(required = false) String percent,
			@RequestParam(required = false) String from, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			this.settlements.setCommission(user.accountId(), producerId, month(from, "from"), percent(percent));
			redirect.addFlashAttribute("notice", "shop.money.commission.saved");
		}
		catch (InputRefused refused) {
			redirect.addFlashAttribute("commissionRefusal", FlashedRefusal.of(refused));
			redirect.addFlashAttribute("typedPercent", percent);
			redirect.addFlashAttribute("typedFrom", from);
		}
		return "redirect:/shop/producers/" + producerId + "/money";
	}

	@GetMapping("/shop/producers/{producerId}/settlements/{month}")
	String statement(@PathVariable UUID producerId, @PathVariable String month,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		YearMonth closed;
		try {
			closed = YearMonth.parse(month);
		}
		catch (DateTimeParseException unreadable) {
			throw new NotFound("settlement", producerId);
		}
		Settlement settlement = this.settlements.statement(Keeper.person(user.accountId()), producerId, closed);
		model.addAttribute("settlement", settlement);
		model.addAttribute("producer", producer(producerId));
		model.addAttribute("operator", this.storefronts.operatorNotice().orElse(null));
		return "shop/settlement/statement";
	}

	@GetMapping("/shop/settlements")
	String month(@RequestParam(required = false) String month, @AuthenticationPrincipal CurrentUser user, Model model) {
		YearMonth shown = thisMonth().minusMonths(1);
		try {
			if (month != null && !month.isBlank()) {
				shown = month(month, "month");
			}
		}
		catch (InputRefused refused) {
			model.addAttribute("monthRefusal", refused);
		}
		return monthPage(shown, user, model);
	}

	@PostMapping("/shop/settlements/{month}/close")
	String close(@PathVariable String month, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		YearMonth closing = month(month, "month");
		try {
			redirect.addFlashAttribute("closed", this.settlements.close(user.accountId(), closing));
		}
		catch (InputRefused refused) {
			redirect.addFlashAttribute("monthRefusal", FlashedRefusal.of(refused));
		}
		return "redirect:/shop/settlements?month=" + closing;
	}

	@PostMapping("/shop/settlements/{month}/transfer")
	Object transfer(@PathVariable String month, @RequestParam(required = false) String date,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		YearMonth paying = month(month, "month");
		try {
			byte[] file = this.settlements.transferFile(user.accountId(), paying, day(date));
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_OCTET_STREAM)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("sogo-furikomi-" + paying + ".txt").build().toString())
				.body(file);
		}
		catch (InputRefused refused) {
			model.addAttribute("transferRefusal", refused);
			model.addAttribute("typedDate", date);
			return monthPage(paying, user, model);
		}
	}

	private String moneyPage(UUID producerId, CurrentUser user, Settlements.Terms terms, Model model) {
		model.addAttribute("producer", producer(producerId));
		model.addAttribute("terms", terms);
		model.addAttribute("statements", this.settlements.ofProducer(Keeper.person(user.accountId()), producerId));
		model.addAttribute("agent", this.settlements.settlesForTheAgent(user.accountId()));
		model.addAttribute("accountTypes", AccountType.values());
		model.addAttribute("nextMonth", thisMonth().plusMonths(1));
		return "shop/settlement/money";
	}

	private String monthPage(YearMonth month, CurrentUser user, Model model) {
		List<Settlements.Row> rows = this.settlements.ofMonth(user.accountId(), month);
		model.addAttribute("month", month);
		model.addAttribute("previous", month.minusMonths(1));
		model.addAttribute("next", month.plusMonths(1).isBefore(thisMonth()) ? month.plusMonths(1) : null);
		model.addAttribute("rows", rows);
		model.addAttribute("over", month.isBefore(thisMonth()));
		model.addAttribute("payout", rows.stream().map((row) -> row.settlement().payout()).reduce(Yen.ZERO, Yen::plus));
		model.addAttribute("paysByTransfer", this.settlements.paysByTransfer());
		if (!model.containsAttribute("typedDate")) {
			model.addAttribute("typedDate",
					this.bankingDays.plus(LocalDate.ofInstant(this.clock.instant(), Dates.JAPAN), 2).toString());
		}
		return "shop/settlement/month";
	}

	private OrganisationSummary producer(UUID producerId) {
		return this.storefronts.producer(producerId).orElseThrow(() -> new NotFound("producer", producerId));
	}

	private YearMonth thisMonth() {
		return YearMonth.from(this.clock.instant().atZone(Dates.JAPAN));
	}

	private static YearMonth month(String typed, String field) {
		try {
			return YearMonth.parse((typed != null) ? typed.strip() : "");
		}
		catch (DateTimeParseException unreadable) {
			throw new InputRefused(field, "shop.money.refused.month");
		}
	}

	private static BigDecimal percent(String typed) {
		try {
			return new BigDecimal(
					java.text.Normalizer.normalize((typed != null) ? typed : "", java.text.Normalizer.Form.NFKC)
						.replace("%", "")
						.strip());
		}
		catch (NumberFormatException unreadable) {
			throw new InputRefused("percent", "shop.commission.refused.percent", "50");
		}
	}

	private static LocalDate day(String typed) {
		try {
			return LocalDate.parse((typed != null) ? typed.strip() : "");
		}
		catch (DateTimeParseException unreadable) {
			throw new InputRefused("date", "shop.settlement.refused.date");
		}
	}

}
