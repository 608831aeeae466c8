package jp.musubi.accounts.admin.web;

import java.util.Arrays;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.musubi.accounts.ClientKind;
import jp.musubi.accounts.FacilityKind;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.accounts.organisation.web.OrganisationForm;

import org.springframework.validation.Errors;

/**
 * An administrator's form for a new organisation: its description, type and first owner.
 */
public class NewOrganisationForm extends OrganisationForm {

	@NotBlank
	private String type;

	private String clientKind;

	private String facilityKind;

	@NotBlank
	@Size(max = 254)
	@Email
	private String ownerEmail;

	/** The checks that depend on the type chosen. */
	void check(Errors errors) {
		if (this.type != null && !this.type.isBlank() && type() == null) {
			errors.rejectValue("type", "validation.choice");
		}
		if (type() == OrganisationType.CLIENT && clientKind() == null) {
			errors.rejectValue("clientKind", "accounts.admin.error.clientKind");
		}
		if (type() == OrganisationType.FACILITY && facilityKind() == null) {
			errors.rejectValue("facilityKind", "accounts.admin.error.facilityKind");
		}
		if (hasUnknownPrefecture()) {
			errors.rejectValue("prefecture", "validation.prefecture");
		}
	}

	OrganisationType type() {
		return parse(OrganisationType.values(), this.type);
	}

	ClientKind clientKind() {
		return parse(ClientKind.values(), this.clientKind);
	}

	FacilityKind facilityKind() {
		return parse(FacilityKind.values(), this.facilityKind);
	}

	private static <E extends Enum<E>> E parse(E[] values, String name) {
		return Arrays.stream(values).filter((value) -> value.name().equals(name)).findFirst().orElse(null);
	}

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getClientKind() {
		return this.clientKind;
	}

	public void setClientKind(String clientKind) {
		this.clientKind = clientKind;
	}

	public String getFacilityKind() {
		return this.facilityKind;
	}

	public void setFacilityKind(String facilityKind) {
		this.facilityKind = facilityKind;
	}

	public String getOwnerEmail() {
		return this.ownerEmail;
	}

	public void setOwnerEmail(String ownerEmail) {
		this.ownerEmail = ownerEmail;
	}

}
