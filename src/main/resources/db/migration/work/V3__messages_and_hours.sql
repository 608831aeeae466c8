-- Conversations about a request or a contract, what each person has read, and the telework
-- hours members log per contract and week (the seed counts people with 8 hours a week or more).

CREATE TABLE message_thread (
	id UUID NOT NULL PRIMARY KEY,
	subject_type VARCHAR(10) NOT NULL,
	subject_id UUID NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE UNIQUE INDEX message_thread_subject_idx ON message_thread (subject_type, subject_id);

CREATE TABLE thread_message (
	id UUID NOT NULL PRIMARY KEY,
	thread_id UUID NOT NULL REFERENCES message_thread (id) ON DELETE CASCADE,
	author_id UUID NOT NULL,
	author_name VARCHAR(101) NOT NULL,
	body VARCHAR(4000) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX thread_message_thread_idx ON thread_message (thread_id, created_at);

CREATE TABLE thread_reader (
	thread_id UUID NOT NULL REFERENCES message_thread (id) ON DELETE CASCADE,
	account_id UUID NOT NULL,
	last_read_at TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (thread_id, account_id)
);

CREATE TABLE telework_hours (
	id UUID NOT NULL PRIMARY KEY,
	contract_id UUID NOT NULL REFERENCES contract (id),
	member_id UUID NOT NULL,
	week_start DATE NOT NULL,
	hours NUMERIC(5, 1) NOT NULL,
	logged_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE UNIQUE INDEX telework_hours_week_idx ON telework_hours (contract_id, week_start);
