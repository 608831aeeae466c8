package jp.musubi.accounts;

/** A client orders work through the agent as a company or as a municipality. */
public enum ClientKind {

	COMPANY, MUNICIPALITY;

	public String messageKey() {
		return "organisation.client." + name();
	}

}
