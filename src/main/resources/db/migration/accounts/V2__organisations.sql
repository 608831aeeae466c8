-- Organisations: the agent, clients (companies, municipalities), partner facilities, producers
-- and NPOs. Listed agents make up the public directory of support agents.
CREATE TABLE organisation (
	id UUID NOT NULL PRIMARY KEY,
	name VARCHAR(100) NOT NULL,
	name_latin VARCHAR(150),
	type VARCHAR(20) NOT NULL,
	client_kind VARCHAR(20),
	facility_kind VARCHAR(30),
	prefecture VARCHAR(2),
	description VARCHAR(1000),
	website VARCHAR(300),
	-- name, Latin name and description after NFKC and lower-casing, so that ＳＯＨＯ finds SOHO
	search_text VARCHAR(1300) NOT NULL,
	listed BOOLEAN NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	version BIGINT NOT NULL
);

CREATE INDEX organisation_type_idx ON organisation (type, prefecture);

CREATE TABLE organisation_membership (
	organisation_id UUID NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
	account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	owner BOOLEAN NOT NULL,
	joined_at TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (organisation_id, account_id)
);

CREATE INDEX organisation_membership_account_idx ON organisation_membership (account_id);

CREATE TABLE organisation_invitation (
	id UUID NOT NULL PRIMARY KEY,
	organisation_id UUID NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
	email VARCHAR(254) NOT NULL,
	token_hash VARCHAR(64) NOT NULL,
	invited_by UUID NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
	accepted_at TIMESTAMP WITH TIME ZONE,
	cancelled_at TIMESTAMP WITH TIME ZONE
);

CREATE UNIQUE INDEX organisation_invitation_hash_idx ON organisation_invitation (token_hash);
CREATE INDEX organisation_invitation_org_idx ON organisation_invitation (organisation_id);

-- Machine access for an organisation's systems. The token is shown once; only its SHA-256 is kept
-- (the token is 256 random bits, so a slow password hash would add nothing).
CREATE TABLE api_token (
	id UUID NOT NULL PRIMARY KEY,
	organisation_id UUID NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
	name VARCHAR(60) NOT NULL,
	token_hash VARCHAR(64) NOT NULL,
	token_hint VARCHAR(12) NOT NULL,
	created_by UUID NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	last_used_at TIMESTAMP WITH TIME ZONE,
	revoked_at TIMESTAMP WITH TIME ZONE
);

CREATE UNIQUE INDEX api_token_hash_idx ON api_token (token_hash);
CREATE INDEX api_token_org_idx ON api_token (organisation_id);
