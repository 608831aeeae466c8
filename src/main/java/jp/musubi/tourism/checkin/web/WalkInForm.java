package jp.musubi.tourism.checkin.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import jp.musubi.tourism.checkin.WalkIn;

/** People who came without a booking: how many, and from which target area. */
public class WalkInForm {

	@NotNull
	@Min(1)
	@Max(WalkIn.MAX_PEOPLE)
	private Integer people;

	private String targetArea;

	public Integer getPeople() {
		return this.people;
	}

	public void setPeople(Integer people) {
		this.people = people;
	}

	public String getTargetArea() {
		return this.targetArea;
	}

	public void setTargetArea(String targetArea) {
		this.targetArea = targetArea;
	}

}
