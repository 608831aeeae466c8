-- The audit log: who did what to whose account, kept apart from the data it describes so that
-- an erased account still leaves the record that it was erased (APPI accountability).
CREATE TABLE audit_event (
	id UUID NOT NULL PRIMARY KEY,
	occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
	action VARCHAR(40) NOT NULL,
	actor_id UUID,
	subject_id UUID,
	detail VARCHAR(500),
	remote_address VARCHAR(45)
);

CREATE INDEX audit_event_subject_idx ON audit_event (subject_id, occurred_at);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, occurred_at);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);
