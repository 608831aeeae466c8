package jp.musubi.work.proposal.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.text.PlainText;
import jp.musubi.work.proposal.Proposal;

import org.springframework.format.annotation.DateTimeFormat;

/** A member's proposal form. */
public class ProposalForm {

	@NotBlank
	@Size(max = Proposal.MESSAGE_LIMIT)
	@PlainText
	private String message;

	@NotNull
	private Yen price;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate deliveryDate;

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public Yen getPrice() {
		return this.price;
	}

	public void setPrice(Yen price) {
		this.price = price;
	}

	public LocalDate getDeliveryDate() {
		return this.deliveryDate;
	}

	public void setDeliveryDate(LocalDate deliveryDate) {
		this.deliveryDate = deliveryDate;
	}

}
