package jp.musubi.work.contract;

/** Where a contract stands. */
public enum ContractStatus {

	ACTIVE, COMPLETED, CANCELLED;

	public String messageKey() {
		return "work.contract.status." + name();
	}

}
