package jp.musubi.tourism.checkin.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The booking number as staff type it at the desk. */
public class CheckInForm {

	@NotBlank
	@Size(max = 20)
	private String number;

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

}
