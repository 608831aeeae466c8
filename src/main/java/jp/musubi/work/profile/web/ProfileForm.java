package jp.musubi.work.profile.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.musubi.platform.text.PlainText;
import jp.musubi.work.profile.ProfileDetails;
import jp.musubi.work.profile.WorkProfile;

/** A member's work profile form; portfolio links one per line. */
public class ProfileForm {

	@Size(max = 4000)
	@PlainText
	private String introduction;

	@NotNull
	@Min(0)
	@Max(WorkProfile.MAX_HOURS_PER_WEEK)
	private Integer hoursPerWeek;

	private String prefecture;

	@Size(max = 2000)
	private String links;

	@Size(max = 20)
	private String registrationNumber;

	static ProfileForm of(WorkProfile profile) {
		ProfileForm form = new ProfileForm();
		form.introduction = profile.introduction();
		form.hoursPerWeek = profile.hoursPerWeek();
		form.prefecture = (profile.prefecture() != null) ? profile.prefecture().code() : "";
		form.links = String.join("\n", profile.links());
		form.registrationNumber = profile.registrationNumber().map((number) -> number.value()).orElse("");
		return form;
	}

	/** The details as the domain takes them, the links one per line. */
	ProfileDetails toDetails() {
		return new ProfileDetails(this.introduction, this.hoursPerWeek, this.prefecture,
				(this.links != null) ? List.of(this.links.split("\\R")) : List.of(), this.registrationNumber);
	}

	public String getIntroduction() {
		return this.introduction;
	}

	public void setIntroduction(String introduction) {
		this.introduction = introduction;
	}

	public Integer getHoursPerWeek() {
		return this.hoursPerWeek;
	}

	public void setHoursPerWeek(Integer hoursPerWeek) {
		this.hoursPerWeek = hoursPerWeek;
	}

	public String getPrefecture() {
		return this.prefecture;
	}

	public void setPrefecture(String prefecture) {
		this.prefecture = prefecture;
	}

	public String getLinks() {
		return this.links;
	}

	public void setLinks(String links) {
		this.links = links;
	}

	public String getRegistrationNumber() {
		return this.registrationNumber;
	}

	public void setRegistrationNumber(String registrationNumber) {
		this.registrationNumber = registrationNumber;
	}

}
