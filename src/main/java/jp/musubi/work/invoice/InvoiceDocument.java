package jp.musubi.work.invoice;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.pdf.PdfDocuments;
import jp.musubi.platform.pdf.PdfDownload;
import jp.musubi.platform.web.Dates;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An invoice as the PDF its issuer sends and its client files: the figures of a qualified
 * invoice, the income tax withheld and the net payment, in the reader's language. The
 * invoice's page and the API hand out the same document.
 */
@Component
public class InvoiceDocument {

	private final PdfDocuments pdfs;

	private final Dates dates;

	private final MessageSource messages;

	InvoiceDocument(PdfDocuments pdfs, Dates dates, MessageSource messages) {
		this.pdfs = pdfs;
		this.dates = dates;
		this.messages = messages;
	}

	public PdfDownload render(Invoice invoice, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		model.put("invoice", invoice);
		model.put("lang", Language.ofOrDefault(locale).tag());
		model.put("issuedOn", this.dates.day(invoice.issuedOn(), locale));
		model.put("dueDate", this.dates.day(invoice.dueDate(), locale));
		model.put("lines",
				invoice.lines()
					.stream()
					.map((line) -> Map.of("description", line.description(), "quantity",
							String.valueOf(line.quantity()), "unitPrice", line.unitPrice().format(locale), "rate",
							this.messages.getMessage(line.taxRate().messageKey(), null, locale), "amount",
							line.amount().format(locale)))
					.toList());
		model.put("subtotalStandard", invoice.subtotalStandard().format(locale));
		model.put("taxStandard", invoice.taxStandard().format(locale));
		model.put("subtotalReduced", invoice.subtotalReduced().format(locale));
		model.put("taxReduced", invoice.taxReduced().format(locale));
		model.put("total", invoice.total().format(locale));
		model.put("withholding", invoice.withholding().format(locale));
		model.put("net", invoice.netPayment().format(locale));
		return new PdfDownload("musubi-invoice-" + invoice.number() + ".pdf",
				this.pdfs.render("invoice", locale, model));
	}

}
