package jp.musubi.tourism.booking.web;

/** A new day of arrival and party for a booking, as typed. */
public class ChangeForm {

	private String arrival;

	private String partySize;

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

}
