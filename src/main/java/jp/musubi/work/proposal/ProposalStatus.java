package jp.musubi.work.proposal;

/** Where a member's proposal stands. */
public enum ProposalStatus {

	SUBMITTED, SHORTLISTED, ACCEPTED, DECLINED, WITHDRAWN;

	public String messageKey() {
		return "work.proposal.status." + name();
	}

}
