-- Bank transfers (振込) a caller expects: the amount for a reference and the short code the payer
-- writes before their name, by which the bank's notice is matched. state: OPEN until the money
-- is matched or assigned (RECEIVED), or the caller withdraws it (WITHDRAWN). A code is unique
-- among the open ones; the service checks it, as H2 has no partial unique index.
CREATE TABLE expected_transfer (
	reference VARCHAR(100) NOT NULL PRIMARY KEY,
	amount BIGINT NOT NULL,
	payer_code VARCHAR(10) NOT NULL,
	due DATE NOT NULL,
	state VARCHAR(20) NOT NULL,
	expected_at TIMESTAMP WITH TIME ZONE NOT NULL,
	received_at TIMESTAMP WITH TIME ZONE
);

CREATE INDEX expected_transfer_code_idx ON expected_transfer (payer_code, state);

-- Each credit of a bank's 振込入金通知 once imported, however often the file is: credit_key joins
-- the account, the booking day, the bank's 照会番号, the amount and the payer's name. state:
-- MATCHED (to reference, by code and amount), AMOUNT_MISMATCH (candidate found by code, amount
-- differs), UNMATCHED, ASSIGNED (by the agent's staff, settled_by), CANCELLATION (a 取消 record).
CREATE TABLE transfer_credit (
	id UUID NOT NULL PRIMARY KEY,
	credit_key VARCHAR(400) NOT NULL,
	booked_on DATE NOT NULL,
	amount BIGINT NOT NULL,
	payer_name VARCHAR(100) NOT NULL,
	from_bank VARCHAR(40) NOT NULL,
	from_branch VARCHAR(40) NOT NULL,
	bank_reference VARCHAR(20) NOT NULL,
	edi VARCHAR(40) NOT NULL,
	state VARCHAR(20) NOT NULL,
	reference VARCHAR(100),
	candidate VARCHAR(100),
	imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
	settled_at TIMESTAMP WITH TIME ZONE,
	settled_by UUID,
	CONSTRAINT transfer_credit_key_uk UNIQUE (credit_key)
);

CREATE INDEX transfer_credit_state_idx ON transfer_credit (state, booked_on);
