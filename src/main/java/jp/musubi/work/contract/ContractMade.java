package jp.musubi.work.contract;

import java.util.UUID;

/** A proposal was accepted and a contract made. */
public record ContractMade(UUID contractId, UUID eventId) {

	/** A new event, with an id of its own by which its mails go once. */
	public ContractMade(UUID contractId) {
		this(contractId, UUID.randomUUID());
	}

}
