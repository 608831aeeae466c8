package jp.musubi.work.contract;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;

/**
 * What the Freelance Act (特定受託事業者に係る取引の適正化等に関する法律, article 3) requires the orderer to
 * state when ordering work from a freelancer: the work, the remuneration (or how it is
 * computed), the delivery date and the place or method of delivery, the date of
 * inspection and the payment date; the parties and the date of the order are on the
 * contract itself. Article 4 sets the payment date no later than 60 days after the
 * deliverable is received, so terms that pay later are refused here, before anyone signs.
 */
@Embeddable
public class ContractTerms {

	/** Freelance Act article 4: payment within 60 days of receiving the deliverable. */
	public static final int MAX_DAYS_TO_PAY = 60;

	public static final Yen MIN_REMUNERATION = Yen.of(1_000);

	public static final Yen MAX_REMUNERATION = Yen.of(50_000_000);

	public static final int MAX_DELIVERY_DAYS = 730;

	@Column(name = "ordered_on", nullable = false)
	private LocalDate orderedOn;

	@Column(name = "work_description", nullable = false)
	private String workDescription;

	@Column(name = "delivery_date", nullable = false)
	private LocalDate deliveryDate;

	@Column(name = "delivery_method", nullable = false)
	private String deliveryMethod;

	@Column(nullable = false)
	private Yen remuneration;

	@Column(name = "remuneration_basis")
	private String remunerationBasis;

	@Column(name = "payment_date", nullable = false)
	private LocalDate paymentDate;

	@Column(name = "inspection_date", nullable = false)
	private LocalDate inspectionDate;

	protected ContractTerms() {
	}

	/**
	 * Terms ordered today.
	 * @throws InputRefused naming the field and message key of the first broken rule
	 */
	public ContractTerms(LocalDate orderedOn, String workDescription, LocalDate deliveryDate, String deliveryMethod,
			Yen remuneration, String remunerationBasis, LocalDate paymentDate, LocalDate inspectionDate) {
		if (deliveryDate == null || deliveryDate.isBefore(orderedOn)) {
			throw new InputRefused("deliveryDate", "work.contract.error.deliveryPast");
		}
		if (deliveryDate.isAfter(orderedOn.plusDays(MAX_DELIVERY_DAYS))) {
			throw new InputRefused("deliveryDate", "work.contract.error.deliveryFar");
		}
		if (remuneration == null || remuneration.isLessThan(MIN_REMUNERATION)
				|| remuneration.isGreaterThan(MAX_REMUNERATION)) {
			throw new InputRefused("remuneration", "work.contract.error.remuneration");
		}
		if (paymentDate == null || paymentDate.isBefore(deliveryDate)) {
			throw new InputRefused("paymentDate", "work.contract.error.paymentBeforeDelivery");
		}
		if (paymentDate.isAfter(deliveryDate.plusDays(MAX_DAYS_TO_PAY))) {
			throw new InputRefused("paymentDate", "work.contract.error.paymentLate");
		}
		if (inspectionDate == null || inspectionDate.isBefore(deliveryDate) || inspectionDate.isAfter(paymentDate)) {
			throw new InputRefused("inspectionDate", "work.contract.error.inspection");
		}
		this.orderedOn = orderedOn;
		this.workDescription = workDescription;
		this.deliveryDate = deliveryDate;
		this.deliveryMethod = deliveryMethod;
		this.remuneration = remuneration;
		this.remunerationBasis = remunerationBasis;
		this.paymentDate = paymentDate;
		this.inspectionDate = inspectionDate;
	}

	public LocalDate orderedOn() {
		return this.orderedOn;
	}

	public String workDescription() {
		return this.workDescription;
	}

	public LocalDate deliveryDate() {
		return this.deliveryDate;
	}

	public String deliveryMethod() {
		return this.deliveryMethod;
	}

	public Yen remuneration() {
		return this.remuneration;
	}

	public String remunerationBasis() {
		return this.remunerationBasis;
	}

	public LocalDate paymentDate() {
		return this.paymentDate;
	}

	public LocalDate inspectionDate() {
		return this.inspectionDate;
	}

}
