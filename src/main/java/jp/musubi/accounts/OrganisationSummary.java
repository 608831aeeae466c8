package jp.musubi.accounts;

import java.util.UUID;

import jp.musubi.platform.text.Prefecture;

/**
 * An organisation as other modules may know it; {@code facilityKind} only for a facility,
 * {@code clientKind} only for a client.
 */
public record OrganisationSummary(UUID id, String name, OrganisationType type, Prefecture prefecture,
		FacilityKind facilityKind, ClientKind clientKind) {

	/** A municipality, whether it orders work as a client or not. */
	public boolean isMunicipality() {
		return this.clientKind == ClientKind.MUNICIPALITY;
	}

}
