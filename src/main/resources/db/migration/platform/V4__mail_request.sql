-- Mails with a link that anyone may ask for without signing in (sign-up, a new confirmation
-- link, a password reset), counted per recipient and per network address in the database so
-- that every node sees the same count. Addresses are kept as hashes; rows older than the
-- window are deleted.
CREATE TABLE mail_request (
	id UUID NOT NULL PRIMARY KEY,
	email_hash VARCHAR(64) NOT NULL,
	remote_address VARCHAR(45) NOT NULL,
	requested_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX mail_request_email_idx ON mail_request (email_hash, requested_at);
CREATE INDEX mail_request_address_idx ON mail_request (remote_address, requested_at);
