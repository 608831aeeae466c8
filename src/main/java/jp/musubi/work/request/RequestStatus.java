package jp.musubi.work.request;

/** Where a work request stands between the client, the agent and the members. */
public enum RequestStatus {

	/** Sent by the client; the agent reviews it before anyone else sees it. */
	SUBMITTED,
	/** The agent sent it back to the client with a reason. */
	RETURNED,
	/** Open: members find it and propose. */
	PUBLISHED,
	/** A proposal was accepted; the work goes on under a contract. */
	CONTRACTED,
	/** The contract was completed. */
	COMPLETED,
	/** The client took it back. */
	WITHDRAWN;

	public String messageKey() {
		return "work.request.status." + name();
	}

}
