package jp.musubi.tourism.lead;

import java.util.Set;

/**
 * How far the agent got with a lead: new, contacted, and then either booked or lost. A
 * lead moves only forward along that path, so the figures of how many were contacted and
 * how many booked stay true.
 */
public enum LeadStatus {

	NEW, CONTACTED, BOOKED, LOST;

	public Set<LeadStatus> next() {
		return switch (this) {
			case NEW -> Set.of(CONTACTED);
			case CONTACTED -> Set.of(BOOKED, LOST);
			case BOOKED, LOST -> Set.of();
		};
	}

	public boolean canMoveTo(LeadStatus status) {
		return next().contains(status);
	}

	public String messageKey() {
		return "tourism.lead.status." + name();
	}

}
