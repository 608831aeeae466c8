package jp.musubi.work.contract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.pdf.PdfDocuments;
import jp.musubi.platform.pdf.PdfDownload;
import jp.musubi.platform.web.Dates;
import jp.musubi.work.request.WorkRequests;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The statement of terms (取引条件明示書) both parties keep: what the Freelance Act requires the
 * order to state, as a PDF in the reader's language. The contract's page and the API hand
 * out the same document.
 */
@Component
public class ContractTermsDocument {

	private final WorkRequests requests;

	private final PdfDocuments pdfs;

	private final Dates dates;

	private final MessageSource messages;

	ContractTermsDocument(WorkRequests requests, PdfDocuments pdfs, Dates dates, MessageSource messages) {
		this.requests = requests;
		this.pdfs = pdfs;
		this.dates = dates;
		this.messages = messages;
	}

	public PdfDownload render(Contract contract, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		model.put("contract", contract);
		model.put("contractId", contract.id().toString());
		model.put("lang", Language.ofOrDefault(locale).tag());
		model.put("title", this.requests.find(contract.requestId()).title());
		model.put("orderedOn", this.dates.day(contract.terms().orderedOn(), locale));
		model.put("deliveryDate", this.dates.day(contract.terms().deliveryDate(), locale));
		model.put("inspectionDate", this.dates.day(contract.terms().inspectionDate(), locale));
		model.put("paymentDate", this.dates.day(contract.terms().paymentDate(), locale));
		model.put("remuneration", contract.terms().remuneration().format(locale) + " "
				+ this.messages.getMessage("work.contract.excludingTax", null, locale));
		model.put("milestones",
				contract.milestones()
					.stream()
					.map((milestone) -> Map.of("title", milestone.title(), "amount", milestone.amount().format(locale),
							"due", this.dates.day(milestone.dueDate(), locale)))
					.toList());
		return new PdfDownload("musubi-contract-" + contract.id() + ".pdf",
				this.pdfs.render("contract-terms", locale, model));
	}

}
