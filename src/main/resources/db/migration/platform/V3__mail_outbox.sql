-- Mail waiting to be handed to the SMTP server: written in the transaction of the change it tells
-- about, so a mail goes out exactly when that change is kept, and survives a crash until sent.
-- The whole message is kept (with its Message-ID), so a retry sends the very same mail.
-- once_key: a caller's name for a mail that must go at most once (a job that may run again);
-- such a row stays, emptied, after sending. next_attempt_at is empty once the mail is sent or
-- given up; claimed_until is the lease of the node sending it.
CREATE TABLE mail_outbox (
	id UUID NOT NULL PRIMARY KEY,
	once_key VARCHAR(200),
	recipient VARCHAR(320),
	template VARCHAR(100) NOT NULL,
	message BYTEA,
	queued_at TIMESTAMP WITH TIME ZONE NOT NULL,
	attempts INT NOT NULL,
	next_attempt_at TIMESTAMP WITH TIME ZONE,
	claimed_until TIMESTAMP WITH TIME ZONE,
	sent_at TIMESTAMP WITH TIME ZONE,
	last_error VARCHAR(1000),
	CONSTRAINT mail_outbox_once_key_uk UNIQUE (once_key)
);

CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at);
CREATE INDEX mail_outbox_queued_idx ON mail_outbox (queued_at);
