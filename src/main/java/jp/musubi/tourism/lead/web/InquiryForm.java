package jp.musubi.tourism.lead.web;

import java.util.UUID;

import jp.musubi.tourism.lead.Inquiry;

/** The portal's inquiry form; the rules are the domain's ({@link Inquiry}). */
public class InquiryForm {

	private UUID programmeId;

	private String name;

	private String email;

	private String message;

	private boolean contactConsent;

	Inquiry toInquiry() {
		return new Inquiry(this.name, this.email, this.message, this.programmeId, this.contactConsent);
	}

	public UUID getProgrammeId() {
		return this.programmeId;
	}

	public void setProgrammeId(UUID programmeId) {
		this.programmeId = programmeId;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public boolean isContactConsent() {
		return this.contactConsent;
	}

	public void setContactConsent(boolean contactConsent) {
		this.contactConsent = contactConsent;
	}

}
