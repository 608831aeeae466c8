-- People who use Musubi. The profile is kept the Japanese way (family name first, furigana,
-- prefecture, postal code); e-mail addresses are stored lower-cased so that they are unique.
CREATE TABLE account (
	id UUID NOT NULL PRIMARY KEY,
	email VARCHAR(254) NOT NULL,
	password_hash VARCHAR(100) NOT NULL,
	status VARCHAR(20) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	email_confirmed_at TIMESTAMP WITH TIME ZONE,
	family_name VARCHAR(50) NOT NULL,
	given_name VARCHAR(50) NOT NULL,
	family_name_kana VARCHAR(50),
	given_name_kana VARCHAR(50),
	prefecture VARCHAR(2),
	postal_code VARCHAR(8),
	preferred_language VARCHAR(8) NOT NULL,
	version BIGINT NOT NULL
);

CREATE UNIQUE INDEX account_email_idx ON account (email);

CREATE TABLE account_role (
	account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	role VARCHAR(30) NOT NULL,
	PRIMARY KEY (account_id, role)
);

-- Sensitive personal information under APPI (要配慮個人情報 and attributes treated alike): a row
-- exists only while the member has declared the attribute and consented to its keeping.
CREATE TABLE sensitive_declaration (
	account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	attribute VARCHAR(30) NOT NULL,
	consented_at TIMESTAMP WITH TIME ZONE NOT NULL,
	consent_version VARCHAR(20) NOT NULL,
	PRIMARY KEY (account_id, attribute)
);

-- One-time links sent by e-mail (confirming an address, resetting a password, changing the
-- address). Only a hash of the token is stored, so a copy of the database opens no account.
CREATE TABLE account_token (
	id UUID NOT NULL PRIMARY KEY,
	account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
	purpose VARCHAR(20) NOT NULL,
	token_hash VARCHAR(64) NOT NULL,
	new_email VARCHAR(254),
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
	used_at TIMESTAMP WITH TIME ZONE
);

CREATE UNIQUE INDEX account_token_hash_idx ON account_token (token_hash);
CREATE INDEX account_token_account_idx ON account_token (account_id, purpose);
