package jp.musubi.tourism.campaign;

import java.time.Instant;
import java.util.UUID;

/**
 * Campaigns and segments as the services would hand them to the web layer, for tests of
 * that layer with the services mocked: their constructors belong to this package.
 */
public final class CampaignExamples {

	private CampaignExamples() {
	}

	/** A campaign just scheduled from the draft, with its redemption code. */
	public static Campaign scheduled(CampaignDraft draft, String redemptionCode, Instant now) {
		return new Campaign(draft, redemptionCode, UUID.randomUUID(), now);
	}

	public static Segment segment(String name, SegmentCriteria criteria, Instant now) {
		return new Segment(name, criteria, UUID.randomUUID(), now);
	}

	/** What a campaign already sent or called off answers to a change. */
	public static Campaign.NoLongerScheduled noLongerScheduled() {
		return new Campaign.NoLongerScheduled();
	}

}
