package jp.musubi.shop.storefront.web;

import java.util.List;

import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.shop.storefront.InvoiceRegistration;
import jp.musubi.shop.storefront.OperatorTerms;
import jp.musubi.shop.storefront.SellerNotice;

import org.springframework.validation.BindingResult;

/**
 * The notice of 特定商取引法 第11条 as a seller edits it, and the registration number it issues
 * qualified invoices under: the operator's form, and the part of a storefront's form
 * every seller fills in. The fields are named as the notice names them, so the domain's
 * {@code notice.phone} is the form's {@code phone}.
 */
public class NoticeForm {

	private String legalName;

	private String address;

	private String phone;

	private String responsiblePerson;

	private String prices;

	private String shippingFees;

	private String paymentMethods;

	private String paymentTiming;

	private String deliveryTiming;

	private String returns;

	private String invoiceNumber;

	private boolean invoiceCorporate;

	private Long version;

	static NoticeForm of(OperatorTerms terms) {
		NoticeForm form = new NoticeForm();
		form.fill(terms.notice(), terms.invoice());
		return form;
	}

	/** A new notice starts with the shop's usual line on prices. */
	static NoticeForm blank() {
		NoticeForm form = new NoticeForm();
		form.prices = SellerNotice.PRICES_ON_PRODUCT_PAGES;
		return form;
	}

	final void fill(SellerNotice notice, InvoiceRegistration invoice) {
		this.legalName = notice.legalName();
		this.address = notice.address();
		this.phone = notice.phone();
		this.responsiblePerson = notice.responsiblePerson();
		this.prices = notice.prices();
		this.shippingFees = notice.shippingFees();
		this.paymentMethods = notice.paymentMethods();
		this.paymentTiming = notice.paymentTiming();
		this.deliveryTiming = notice.deliveryTiming();
		this.returns = notice.returns();
		this.invoiceNumber = (invoice != null) ? invoice.number() : null;
		this.invoiceCorporate = invoice != null && invoice.corporate();
	}

	SellerNotice notice() {
		return SellerNotice.of(this.legalName, this.address, this.phone, this.responsiblePerson, this.prices,
				this.shippingFees, this.paymentMethods, this.paymentTiming, this.deliveryTiming, this.returns);
	}

	InvoiceRegistration invoice() {
		return new InvoiceRegistration(this.invoiceNumber, this.invoiceCorporate);
	}

	OperatorTerms toOperatorTerms() {
		return new OperatorTerms(notice(), invoice());
	}

	/**
	 * Whether someone saved the notice after this form was opened: their change would be
	 * lost without a word if this one were saved over it.
	 */
	boolean isStale(long current) {
		return this.version != null && this.version != current;
	}

	/** The form's name for a field the domain refused. */
	String fieldOf(String refused) {
		if (refused.startsWith("notice.")) {
			return refused.substring("notice.".length());
		}
		return "invoice.number".equals(refused) ? "invoiceNumber" : refused;
	}

	/** Puts the domain's refusals next to their fields, with what their messages name. */
	void reject(BindingResult errors, List<InputRefused> refusals) {
		for (InputRefused refused : refusals) {
			String field = fieldOf(refused.field());
			if (errors.getFieldErrorCount(field) == 0) {
				errors.rejectValue(field, refused.messageKey(), refused.arguments(), null);
			}
		}
	}

	public String getLegalName() {
		return this.legalName;
	}

	public void setLegalName(String legalName) {
		this.legalName = legalName;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getResponsiblePerson() {
		return this.responsiblePerson;
	}

	public void setResponsiblePerson(String responsiblePerson) {
		this.responsiblePerson = responsiblePerson;
	}

	public String getPrices() {
		return this.prices;
	}

	public void setPrices(String prices) {
		this.prices = prices;
	}

	public String getShippingFees() {
		return this.shippingFees;
	}

	public void setShippingFees(String shippingFees) {
		this.shippingFees = shippingFees;
	}

	public String getPaymentMethods() {
		return this.paymentMethods;
	}

	public void setPaymentMethods(String paymentMethods) {
		this.paymentMethods = paymentMethods;
	}

	public String getPaymentTiming() {
		return this.paymentTiming;
	}

	public void setPaymentTiming(String paymentTiming) {
		this.paymentTiming = paymentTiming;
	}

	public String getDeliveryTiming() {
		return this.deliveryTiming;
	}

	public void setDeliveryTiming(String deliveryTiming) {
		this.deliveryTiming = deliveryTiming;
	}

	public String getReturns() {
		return this.returns;
	}

	public void setReturns(String returns) {
		this.returns = returns;
	}

	public String getInvoiceNumber() {
		return this.invoiceNumber;
	}

	public void setInvoiceNumber(String invoiceNumber) {
		this.invoiceNumber = invoiceNumber;
	}

	public boolean isInvoiceCorporate() {
		return this.invoiceCorporate;
	}

	public void setInvoiceCorporate(boolean invoiceCorporate) {
		this.invoiceCorporate = invoiceCorporate;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
