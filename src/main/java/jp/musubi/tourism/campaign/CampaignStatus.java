package jp.musubi.tourism.campaign;

/** Where a campaign is: waiting for its time, mailed, or called off before it went. */
public enum CampaignStatus {

	SCHEDULED, SENT, CANCELLED;

	public String messageKey() {
		return "tourism.campaign.status." + name();
	}

}
