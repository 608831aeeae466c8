-- Follow-up after a stay: the survey every guest is sent, and the checkup follow-up a clinic
-- keeps for guests who consented to health data.

-- One survey per booking, sent some days after departure. The link carries a random token of
-- which only the hash is kept; an answered survey cannot be answered again.
CREATE TABLE survey (
	id UUID NOT NULL PRIMARY KEY,
	booking_id UUID NOT NULL REFERENCES booking (id),
	guest_id UUID NOT NULL REFERENCES guest (id),
	programme_id UUID NOT NULL REFERENCES programme (id),
	token_hash VARCHAR(64) NOT NULL,
	language VARCHAR(10) NOT NULL,
	target_area VARCHAR(12) NOT NULL,
	due_at TIMESTAMP WITH TIME ZONE NOT NULL,
	sent_at TIMESTAMP WITH TIME ZONE,
	answered_at TIMESTAMP WITH TIME ZONE,
	recommend_score INT CHECK (recommend_score BETWEEN 0 AND 10),
	answer VARCHAR(4000)
);

CREATE UNIQUE INDEX survey_booking_idx ON survey (booking_id);
CREATE UNIQUE INDEX survey_token_idx ON survey (token_hash);
CREATE INDEX survey_due_idx ON survey (sent_at, due_at);

-- A clinic's checkup follow-up: health data, kept only while the guest consents to it, seen
-- by the clinic alone; the next checkup's date drives a reminder.
CREATE TABLE checkup_follow_up (
	id UUID NOT NULL PRIMARY KEY,
	facility_id UUID NOT NULL REFERENCES facility (id),
	guest_id UUID NOT NULL REFERENCES guest (id),
	booking_id UUID REFERENCES booking (id),
	examined_on DATE NOT NULL,
	findings VARCHAR(4000) NOT NULL,
	advice VARCHAR(4000),
	next_checkup_on DATE,
	reminder_sent_at TIMESTAMP WITH TIME ZONE,
	recorded_by UUID NOT NULL,
	recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX checkup_follow_up_guest_idx ON checkup_follow_up (facility_id, guest_id);
CREATE INDEX checkup_follow_up_reminder_idx ON checkup_follow_up (reminder_sent_at, next_checkup_on);
