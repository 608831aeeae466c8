-- Hosted checkouts opened at a payment provider, kept so that the same idempotency key (a double
-- click, a retried request) gives back the same checkout on every node, and so that the
-- development provider's page can show what it asks for. reference is the caller's
-- PaymentReference in its short form (shop-order:<uuid>); amounts are whole yen.
CREATE TABLE payment_checkout (
	provider VARCHAR(40) NOT NULL,
	session_id VARCHAR(255) NOT NULL,
	idempotency_key VARCHAR(255) NOT NULL,
	reference VARCHAR(100) NOT NULL,
	amount BIGINT NOT NULL,
	description VARCHAR(500) NOT NULL,
	return_to VARCHAR(2000) NOT NULL,
	cancel_to VARCHAR(2000) NOT NULL,
	language VARCHAR(35) NOT NULL,
	redirect_to VARCHAR(2000) NOT NULL,
	started_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT payment_checkout_pk PRIMARY KEY (provider, session_id),
	CONSTRAINT payment_checkout_key_uk UNIQUE (provider, idempotency_key)
);

CREATE INDEX payment_checkout_reference_idx ON payment_checkout (reference);

-- Every webhook event a provider sent whose signature held, by the provider's event id: its
-- primary key is what applies an event once, however often the provider sends it.
CREATE TABLE payment_event (
	provider VARCHAR(40) NOT NULL,
	event_id VARCHAR(255) NOT NULL,
	type VARCHAR(100) NOT NULL,
	reference VARCHAR(100),
	amount BIGINT,
	received_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT payment_event_pk PRIMARY KEY (provider, event_id)
);

CREATE INDEX payment_event_reference_idx ON payment_event (reference);
