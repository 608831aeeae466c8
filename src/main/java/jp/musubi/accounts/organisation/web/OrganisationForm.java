package jp.musubi.accounts.organisation.web;

import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.musubi.accounts.organisation.OrganisationDetails;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.PlainText;
import jp.musubi.platform.text.Prefecture;

/** What an owner or an administrator writes about an organisation. */
public class OrganisationForm {

	@NotBlank
	@Size(max = 100)
	@PlainText
	private String name;

	@Size(max = 150)
	@PlainText
	private String nameLatin;

	private String prefecture;

	@Size(max = 1000)
	@PlainText
	private String description;

	@Size(max = 300)
	@Pattern(regexp = "^$|^https?://[^\\s<>\"']+$", message = "{validation.website}")
	private String website;

	private boolean listed;

	static OrganisationForm of(OrganisationDetails details) {
		OrganisationForm form = new OrganisationForm();
		form.name = details.name();
		form.nameLatin = details.nameLatin();
		form.prefecture = (details.prefecture() != null) ? details.prefecture().code() : "";
		form.description = details.description();
		form.website = details.website();
		form.listed = details.listed();
		return form;
	}

	public boolean hasUnknownPrefecture() {
		String code = JapaneseText.normalizeToNull(this.prefecture);
		return code != null && Prefecture.ofCode(code).isEmpty();
	}

	public OrganisationDetails toDetails() {
		return new OrganisationDetails(JapaneseText.normalize(this.name), JapaneseText.normalizeToNull(this.nameLatin),
				Optional.ofNullable(JapaneseText.normalizeToNull(this.prefecture))
					.flatMap(Prefecture::ofCode)
					.orElse(null),
				JapaneseText.normalizeToNull(this.description), JapaneseText.normalizeToNull(this.website),
				this.listed);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameLatin() {
		return this.nameLatin;
	}

	public void setNameLatin(String nameLatin) {
		this.nameLatin = nameLatin;
	}

	public String getPrefecture() {
		return this.prefecture;
	}

	public void setPrefecture(String prefecture) {
		this.prefecture = prefecture;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public boolean isListed() {
		return this.listed;
	}

	public void setListed(boolean listed) {
		this.listed = listed;
	}

}
