package jp.musubi.shop.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.ConsumptionTaxRate;
import jp.musubi.platform.pdf.PdfDocuments;
import jp.musubi.platform.web.Dates;
import jp.musubi.shop.storefront.SellerNotice;
import jp.musubi.shop.storefront.Storefront;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The 納品書 a producer packs with a shipment: who sells (with its qualified invoice
 * registration, when it has one), the order, who bought and where it goes, each line at
 * its price with tax and its rate (※ marking the reduced rate, as a qualified invoice
 * marks it), the tax per rate, and the day it went and the day and time asked for. A
 * parcel with liquor carries the notice 「20歳未満の者の飲酒は法律で禁止されています」, which the National Tax
 * Agency's standard on notices against drinking under 20 asks of a mail-order seller's
 * delivery notes, in Japanese always.
 * <p>
 * Each slip is in its buyer's language, so one document of a day's slips may hold
 * several; each slip is one page.
 */
@Component
class PackingSlips {

	/** Every word of a slip, looked up in its buyer's language. */
	private static final List<String> LABELS = List.of("title", "thanks", "orderNumber", "orderedOn", "shippedOn",
			"deliveryDate", "slot", "method", "buyer", "recipient", "seller", "phone", "registration", "item", "size",
			"quantity", "unitPrice", "amount", "rate", "reducedNote", "itemsTotal", "shipping", "codFee", "total");

	private final PdfDocuments pdfs;

	private final MessageSource messages;

	private final Dates dates;

	PackingSlips(PdfDocuments pdfs, MessageSource messages, Dates dates) {
		this.pdfs = pdfs;
		this.messages = messages;
		this.dates = dates;
	}

	/**
	 * One document of slips, a page each, in the order given.
	 * @param locale the language of the document around them (its title), the reader's
	 */
	byte[] render(List<Fulfilment.ToShip> shipments, Storefront seller, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		model.put("lang", Language.ofOrDefault(locale).tag());
		model.put("slips", shipments.stream().map((each) -> slip(each.order(), each.shipment(), seller)).toList());
		return this.pdfs.render("shop-packing-slip", locale, model);
	}

	private Map<String, Object> slip(Order order, Shipment shipment, Storefront seller) {
		Language language = order.language();
		Locale locale = language.locale();
		Map<String, Object> slip = new HashMap<>();
		Map<String, String> labels = new HashMap<>();
		LABELS.forEach((label) -> labels.put(label, text("shop.slip." + label, locale)));
		slip.put("labels", labels);
		slip.put("lang", language.tag());
		slip.put("number", String.valueOf(order.number()));
		slip.put("orderedOn", this.dates.day(LocalDate.ofInstant(order.placedAt(), Dates.JAPAN), locale));
		slip.put("shippedOn", this.dates.day(shipment.shippedOn().orElse(shipment.shipDate()), locale));
		slip.put("deliveryDate",
				shipment.deliveryDate()
					.map((date) -> this.dates.day(date, locale))
					.orElseGet(() -> text("shop.confirm.anySlot", locale)));
		slip.put("slot",
				shipment.timeSlot()
					.map((slot) -> text(slot.messageKey(), locale))
					.orElseGet(() -> text("shop.confirm.anySlot", locale)));
		slip.put("method", text(shipment.method().messageKey(), locale) + " / "
				+ text(shipment.temperature().messageKey(), locale));
		slip.put("buyer", party(order.buyer(), locale));
		slip.put("recipient", order.recipient().map((recipient) -> party(recipient, locale)).orElse(null));
		slip.put("seller", seller(seller, language));
		slip.put("lines", shipment.lines().stream().map((line) -> line(line, locale)).toList());
		slip.put("reduced", shipment.lines().stream().anyMatch((line) -> line.taxRate() == ConsumptionTaxRate.REDUCED));
		slip.put("itemsTotal", shipment.itemsTotal().format(locale));
		slip.put("shipping", shipment.fee().format(locale));
		slip.put("codFee", shipment.cashOnDeliveryFee().isZero() ? null : shipment.cashOnDeliveryFee().format(locale));
		slip.put("total", shipment.total().format(locale));
		slip.put("taxes", taxes(shipment, locale));
		slip.put("liquor", shipment.hasLiquor());
		slip.put("liquorNotice", text("shop.product.liquorNotice", Locale.JAPANESE));
		slip.put("liquorTranslation", (language == Language.JA) ? null : text("shop.product.liquorNotice", locale));
		return slip;
	}

	private Map<String, String> line(OrderLine line, Locale locale) {
		boolean reduced = line.taxRate() == ConsumptionTaxRate.REDUCED;
		return Map.of("name", line.productName(), "size", line.sizeLabel(), "quantity", String.valueOf(line.quantity()),
				"unitPrice", line.unitPrice().format(locale), "amount", line.amount().format(locale), "rate",
				line.taxRate().percent().intValue() + "%" + (reduced ? "※" : ""));
	}

	/** The amount at each rate with the tax in it, rounded once per rate. */
	private List<String> taxes(Shipment shipment, Locale locale) {
		List<String> taxes = new ArrayList<>();
		for (Quote.TaxLine tax : shipment.taxes()) {
			taxes.add(this.messages.getMessage("shop.confirm.taxLine",
					new Object[] { text(tax.rate().messageKey(), locale) }, locale) + " "
					+ this.messages.getMessage("shop.confirm.taxAmount",
							new Object[] { tax.amount().format(locale), tax.tax().format(locale) }, locale));
		}
		return taxes;
	}

	/** A name and a Japanese address as the label prints them. */
	private Map<String, String> party(Addressee addressee, Locale locale) {
		return Map.of(
				"name", this.messages.getMessage("shop.slip.addressee", new Object[] { addressee.name() }, locale),
				"address", "〒" + addressee.postalCode() + " "
						+ text(addressee.prefecture().messageKey(), Locale.JAPANESE) + addressee.address(),
				"phone", addressee.phone());
	}

	private Map<String, String> seller(Storefront storefront, Language language) {
		SellerNotice notice = storefront.notice();
		Map<String, String> seller = new HashMap<>();
		String name = storefront.name(language);
		seller.put("name", name);
		seller.put("legalName",
				(notice.legalName() != null && !notice.legalName().equals(name)) ? notice.legalName() : null);
		seller.put("address", notice.address());
		seller.put("phone", notice.phone());
		seller.put("registration", storefront.invoice().map((invoice) -> invoice.number()).orElse(null));
		return seller;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
