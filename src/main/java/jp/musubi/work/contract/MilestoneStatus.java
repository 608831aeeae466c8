package jp.musubi.work.contract;

/** Where a part of the work stands. */
public enum MilestoneStatus {

	/** Work in progress; nothing delivered yet. */
	OPEN,
	/** The member delivered; the client inspects. */
	SUBMITTED,
	/** The client asked for changes, with a reason. */
	REWORK,
	/** The client accepted the deliverable; an invoice follows. */
	ACCEPTED;

	public String messageKey() {
		return "work.milestone.status." + name();
	}

}
