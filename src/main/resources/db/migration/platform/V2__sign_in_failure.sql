-- Failed sign-ins, counted per e-mail (kept only as a hash, as the address may belong to nobody)
-- and per network address, in the database so every node sees the same count.
CREATE TABLE sign_in_failure (
	id UUID NOT NULL PRIMARY KEY,
	email_hash VARCHAR(64) NOT NULL,
	remote_address VARCHAR(45) NOT NULL,
	failed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX sign_in_failure_email_idx ON sign_in_failure (email_hash, failed_at);
CREATE INDEX sign_in_failure_address_idx ON sign_in_failure (remote_address, failed_at);
