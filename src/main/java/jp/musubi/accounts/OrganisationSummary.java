package jp.musubi.accounts;

import java.util.UUID;

import jp.musubi.platform.text.Prefecture;

/**
 * An organisation as other modules may know it; {@code facilityKind} only for a facility.
 */
public record OrganisationSummary(UUID id, String name, OrganisationType type, Prefecture prefecture,
		FacilityKind facilityKind) {

}
