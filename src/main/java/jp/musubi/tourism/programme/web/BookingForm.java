package jp.musubi.tourism.programme.web;

import jakarta.validation.constraints.Size;

import jp.musubi.platform.text.PlainText;

/**
 * What a guest books: the day of arrival, how many people, and a code from a campaign if
 * they have one. Dates and numbers are kept as typed, so the page can say what is wrong
 * with them and show them again.
 */
public class BookingForm {

	private String arrival;

	private String partySize;

	@Size(max = 20)
	@PlainText
	private String redemptionCode;

	public String getArrival() {
		return this.arrival;
	}

	public void setArrival(String arrival) {
		this.arrival = arrival;
	}

	public String getPartySize() {
		return this.partySize;
	}

	public void setPartySize(String partySize) {
		this.partySize = partySize;
	}

	public String getRedemptionCode() {
		return this.redemptionCode;
	}

	public void setRedemptionCode(String redemptionCode) {
		this.redemptionCode = redemptionCode;
	}

}
