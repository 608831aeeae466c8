package jp.musubi.tourism.followup.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.musubi.platform.text.PlainText;
import jp.musubi.tourism.followup.CheckupFollowUp;

import org.springframework.format.annotation.DateTimeFormat;

/** What the clinic writes after a guest's checkup. */
public class CheckupForm {

	@NotBlank
	@Size(max = 20)
	private String bookingNumber;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate examinedOn;

	@NotBlank
	@Size(max = CheckupFollowUp.TEXT_LIMIT)
	@PlainText
	private String findings;

	@Size(max = CheckupFollowUp.TEXT_LIMIT)
	@PlainText
	private String advice;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate nextCheckupOn;

	public String getBookingNumber() {
		return this.bookingNumber;
	}

	public void setBookingNumber(String bookingNumber) {
		this.bookingNumber = bookingNumber;
	}

	public LocalDate getExaminedOn() {
		return this.examinedOn;
	}

	public void setExaminedOn(LocalDate examinedOn) {
		this.examinedOn = examinedOn;
	}

	public String getFindings() {
		return this.findings;
	}

	public void setFindings(String findings) {
		this.findings = findings;
	}

	public String getAdvice() {
		return this.advice;
	}

	public void setAdvice(String advice) {
		this.advice = advice;
	}

	public LocalDate getNextCheckupOn() {
		return this.nextCheckupOn;
	}

	public void setNextCheckupOn(LocalDate nextCheckupOn) {
		this.nextCheckupOn = nextCheckupOn;
	}

}
