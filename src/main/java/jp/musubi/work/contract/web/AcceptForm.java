package jp.musubi.work.contract.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.PlainText;
import jp.musubi.platform.text.UnusableCharacter;
import jp.musubi.work.contract.MilestonePlan;
import jp.musubi.work.contract.TermsDraft;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Accepting a proposal: the terms the Freelance Act requires, and the milestones (up to
 * three rows; empty rows are left out).
 */
public class AcceptForm {

	static final int MILESTONE_ROWS = 3;

	@NotBlank
	@Size(max = 10000)
	@PlainText
	private String workDescription;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate deliveryDate;

	@NotBlank
	@Size(max = 300)
	@PlainText
	private String deliveryMethod;

	@NotNull
	private Yen remuneration;

	@Size(max = 300)
	@PlainText
	private String remunerationBasis;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate paymentDate;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate inspectionDate;

	private List<Milestone> milestones = new ArrayList<>();

	AcceptForm() {
		for (int row = 0; row < MILESTONE_ROWS; row++) {
			this.milestones.add(new Milestone());
		}
	}

	/** The milestones that were filled in. */
	List<MilestonePlan> plans() {
		return this.milestones.stream()
			.filter((row) -> !row.isEmpty())
			.map((row) -> new MilestonePlan(JapaneseText.tidy(row.getTitle()), row.getAmount(), row.getDueDate()))
			.toList();
	}

	/** A half-filled milestone row, which the contract would misread. */
	boolean hasIncompleteMilestone() {
		return this.milestones.stream()
			.anyMatch((row) -> !row.isEmpty()
					&& (row.getTitle() == null || row.getTitle().isBlank() || row.getAmount() == null
							|| row.getAmount().isZero() || row.getDueDate() == null || row.getTitle().length() > 100));
	}

	/** The first character of a milestone's title that cannot be shown, if any. */
	Optional<UnusableCharacter> unusableInMilestones() {
		return this.milestones.stream()
			.map((row) -> UnusableCharacter.firstIn(row.getTitle()))
			.flatMap(Optional::stream)
			.findFirst();
	}

	TermsDraft toDraft() {
		return new TermsDraft(this.workDescription.strip(), this.deliveryDate, JapaneseText.tidy(this.deliveryMethod),
				this.remuneration, JapaneseText.normalizeToNull(this.remunerationBasis), this.paymentDate,
				this.inspectionDate, plans());
	}

	public String getWorkDescription() {
		return this.workDescription;
	}

	public void setWorkDescription(String workDescription) {
		this.workDescription = workDescription;
	}

	public LocalDate getDeliveryDate() {
		return this.deliveryDate;
	}

	public void setDeliveryDate(LocalDate deliveryDate) {
		this.deliveryDate = deliveryDate;
	}

	public String getDeliveryMethod() {
		return this.deliveryMethod;
	}

	public void setDeliveryMethod(String deliveryMethod) {
		this.deliveryMethod = deliveryMethod;
	}

	public Yen getRemuneration() {
		return this.remuneration;
	}

	public void setRemuneration(Yen remuneration) {
		this.remuneration = remuneration;
	}

	public String getRemunerationBasis() {
		return this.remunerationBasis;
	}

	public void setRemunerationBasis(String remunerationBasis) {
		this.remunerationBasis = remunerationBasis;
	}

	public LocalDate getPaymentDate() {
		return this.paymentDate;
	}

	public void setPaymentDate(LocalDate paymentDate) {
		this.paymentDate = paymentDate;
	}

	public LocalDate getInspectionDate() {
		return this.inspectionDate;
	}

	public void setInspectionDate(LocalDate inspectionDate) {
		this.inspectionDate = inspectionDate;
	}

	public List<Milestone> getMilestones() {
		return this.milestones;
	}

	public void setMilestones(List<Milestone> milestones) {
		this.milestones = milestones;
	}

	/** One milestone row of the form. */
	public static class Milestone {

		private String title;

		private Yen amount;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate dueDate;

		boolean isEmpty() {
			return (this.title == null || this.title.isBlank()) && this.amount == null && this.dueDate == null;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public Yen getAmount() {
			return this.amount;
		}

		public void setAmount(Yen amount) {
			this.amount = amount;
		}

		public LocalDate getDueDate() {
			return this.dueDate;
		}

		public void setDueDate(LocalDate dueDate) {
			this.dueDate = dueDate;
		}

	}

}
