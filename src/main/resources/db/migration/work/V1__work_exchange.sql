-- The work exchange (業務受発注): skills, members' work profiles, work requests from clients,
-- proposals, contracts with the terms the Freelance Act requires, milestones and deliverables.

-- The shared vocabulary of skills members declare and requests ask for.
CREATE TABLE skill (
	id UUID NOT NULL PRIMARY KEY,
	name VARCHAR(60) NOT NULL,
	name_en VARCHAR(80) NOT NULL,
	field VARCHAR(20) NOT NULL
);

CREATE UNIQUE INDEX skill_name_idx ON skill (name);

CREATE TABLE work_profile (
	account_id UUID NOT NULL PRIMARY KEY,
	introduction VARCHAR(4000),
	hours_per_week INT NOT NULL,
	prefecture VARCHAR(2),
	registration_number VARCHAR(14),
	rating_sum INT NOT NULL,
	rating_count INT NOT NULL,
	finished_contracts INT NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	version BIGINT NOT NULL
);

CREATE TABLE work_profile_skill (
	account_id UUID NOT NULL REFERENCES work_profile (account_id) ON DELETE CASCADE,
	skill_id UUID NOT NULL REFERENCES skill (id),
	level INT NOT NULL,
	years INT NOT NULL,
	PRIMARY KEY (account_id, skill_id)
);

CREATE TABLE work_profile_link (
	account_id UUID NOT NULL REFERENCES work_profile (account_id) ON DELETE CASCADE,
	position INT NOT NULL,
	url VARCHAR(300) NOT NULL,
	PRIMARY KEY (account_id, position)
);

CREATE TABLE work_request (
	id UUID NOT NULL PRIMARY KEY,
	client_organisation_id UUID NOT NULL,
	created_by UUID NOT NULL,
	title VARCHAR(100) NOT NULL,
	description VARCHAR(10000) NOT NULL,
	category VARCHAR(30) NOT NULL,
	pricing VARCHAR(10) NOT NULL,
	budget BIGINT NOT NULL,
	hourly_rate BIGINT,
	estimated_hours INT,
	deadline DATE NOT NULL,
	remote BOOLEAN NOT NULL,
	location_prefecture VARCHAR(2),
	status VARCHAR(20) NOT NULL,
	return_reason VARCHAR(1000),
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	submitted_at TIMESTAMP WITH TIME ZONE,
	published_at TIMESTAMP WITH TIME ZONE,
	version BIGINT NOT NULL
);

CREATE INDEX work_request_client_idx ON work_request (client_organisation_id, status);
CREATE INDEX work_request_status_idx ON work_request (status, published_at);

CREATE TABLE work_request_skill (
	request_id UUID NOT NULL REFERENCES work_request (id) ON DELETE CASCADE,
	skill_id UUID NOT NULL REFERENCES skill (id),
	PRIMARY KEY (request_id, skill_id)
);

CREATE TABLE work_request_attachment (
	id UUID NOT NULL PRIMARY KEY,
	request_id UUID NOT NULL REFERENCES work_request (id) ON DELETE CASCADE,
	storage_key VARCHAR(80) NOT NULL,
	filename VARCHAR(200) NOT NULL,
	content_type VARCHAR(100) NOT NULL,
	size BIGINT NOT NULL,
	uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE proposal (
	id UUID NOT NULL PRIMARY KEY,
	request_id UUID NOT NULL REFERENCES work_request (id),
	member_id UUID NOT NULL,
	message VARCHAR(2000) NOT NULL,
	price BIGINT NOT NULL,
	delivery_date DATE NOT NULL,
	status VARCHAR(20) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	version BIGINT NOT NULL
);

CREATE UNIQUE INDEX proposal_one_per_member_idx ON proposal (request_id, member_id);
CREATE INDEX proposal_member_idx ON proposal (member_id);

-- One contract per request: the unique index is what makes two simultaneous acceptances end in
-- one contract, whatever the application does.
CREATE TABLE contract (
	id UUID NOT NULL PRIMARY KEY,
	request_id UUID NOT NULL REFERENCES work_request (id),
	proposal_id UUID NOT NULL REFERENCES proposal (id),
	client_organisation_id UUID NOT NULL,
	client_name VARCHAR(100) NOT NULL,
	member_id UUID NOT NULL,
	member_name VARCHAR(101) NOT NULL,
	accepted_by UUID NOT NULL,
	ordered_on DATE NOT NULL,
	work_description VARCHAR(10000) NOT NULL,
	delivery_date DATE NOT NULL,
	delivery_method VARCHAR(300) NOT NULL,
	remuneration BIGINT NOT NULL,
	remuneration_basis VARCHAR(300),
	payment_date DATE NOT NULL,
	inspection_date DATE NOT NULL,
	category VARCHAR(30) NOT NULL,
	agent_fee_percent NUMERIC(5, 2) NOT NULL,
	agent_fee BIGINT NOT NULL,
	status VARCHAR(20) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	completed_at TIMESTAMP WITH TIME ZONE,
	version BIGINT NOT NULL
);

CREATE UNIQUE INDEX contract_request_idx ON contract (request_id);
CREATE INDEX contract_member_idx ON contract (member_id);
CREATE INDEX contract_client_idx ON contract (client_organisation_id);

CREATE TABLE milestone (
	id UUID NOT NULL PRIMARY KEY,
	contract_id UUID NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
	position INT NOT NULL,
	title VARCHAR(100) NOT NULL,
	amount BIGINT NOT NULL,
	due_date DATE NOT NULL,
	status VARCHAR(20) NOT NULL,
	rework_reason VARCHAR(1000),
	submitted_at TIMESTAMP WITH TIME ZONE,
	accepted_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE deliverable (
	id UUID NOT NULL PRIMARY KEY,
	milestone_id UUID NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
	storage_key VARCHAR(80) NOT NULL,
	filename VARCHAR(200) NOT NULL,
	content_type VARCHAR(100) NOT NULL,
	size BIGINT NOT NULL,
	sha256 VARCHAR(64) NOT NULL,
	note VARCHAR(1000),
	uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
