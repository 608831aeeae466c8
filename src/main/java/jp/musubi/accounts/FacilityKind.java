package jp.musubi.accounts;

/** The partner facilities of the seed's regional CRM (SEED-EN.md section 11). */
public enum FacilityKind {

	ONSEN_LODGING, PARK, SKI_RESORT, GOLF_COURSE, SPORTS_PARK, MEDICAL_INSTITUTION;

	public String messageKey() {
		return "organisation.facility." + name();
	}

}
