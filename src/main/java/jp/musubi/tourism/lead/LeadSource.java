package jp.musubi.tourism.lead;

/**
 * Where a lead came from: the portal's inquiry form, a broadcaster's system after a
 * programme on air, a partner's system through the API, or a call the staff noted.
 */
public enum LeadSource {

	PORTAL, BROADCAST, API, PHONE;

	public String messageKey() {
		return "tourism.lead.source." + name();
	}

}
