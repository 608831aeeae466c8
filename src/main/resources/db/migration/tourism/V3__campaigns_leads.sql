-- Marketing and sales: segments of the region's guests, campaigns mailed to a segment with a
-- redemption code the bookings carry, and the leads that inquiries become.

-- Who a campaign aims at. Every criterion is optional; a list criterion holds its values
-- joined by commas (enum names, language tags or programme ids), an empty one matches all.
CREATE TABLE segment (
	id UUID NOT NULL PRIMARY KEY,
	name VARCHAR(120) NOT NULL,
	target_areas VARCHAR(100),
	languages VARCHAR(60),
	programme_ids VARCHAR(2000),
	min_visits INT,
	last_visit_after DATE,
	last_visit_before DATE,
	min_score INT,
	max_score INT,
	interests VARCHAR(300),
	created_by UUID NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	version BIGINT NOT NULL
);

-- A mail to a segment's consenting guests, sent by a background job at its time.
CREATE TABLE campaign (
	id UUID NOT NULL PRIMARY KEY,
	name VARCHAR(120) NOT NULL,
	segment_id UUID NOT NULL REFERENCES segment (id),
	redemption_code VARCHAR(20) NOT NULL,
	send_at TIMESTAMP WITH TIME ZONE NOT NULL,
	status VARCHAR(12) NOT NULL,
	job_id UUID,
	sent_count INT NOT NULL,
	left_out_count INT NOT NULL,
	sent_at TIMESTAMP WITH TIME ZONE,
	created_by UUID NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	version BIGINT NOT NULL
);

CREATE UNIQUE INDEX campaign_code_idx ON campaign (redemption_code);

CREATE TABLE campaign_text (
	campaign_id UUID NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
	language VARCHAR(10) NOT NULL,
	subject VARCHAR(200) NOT NULL,
	body VARCHAR(4000) NOT NULL,
	PRIMARY KEY (campaign_id, language)
);

-- Who got the campaign's mail. The key is what keeps a retried job from mailing a guest twice.
CREATE TABLE campaign_recipient (
	campaign_id UUID NOT NULL REFERENCES campaign (id),
	guest_id UUID NOT NULL REFERENCES guest (id),
	language VARCHAR(10) NOT NULL,
	sent_at TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (campaign_id, guest_id)
);

-- Someone who asked about the region: from the portal's form, a broadcaster's or partner's
-- system, or a phone call the staff noted.
CREATE TABLE sales_lead (
	id UUID NOT NULL PRIMARY KEY,
	source VARCHAR(12) NOT NULL,
	status VARCHAR(12) NOT NULL,
	name VARCHAR(100) NOT NULL,
	email VARCHAR(254) NOT NULL,
	message VARCHAR(2000) NOT NULL,
	programme_id UUID REFERENCES programme (id),
	contact_consent BOOLEAN NOT NULL,
	account_id UUID,
	organisation_id UUID,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	version BIGINT NOT NULL
);

CREATE INDEX sales_lead_status_idx ON sales_lead (status, source, created_at);

-- What happened to a lead, who did it and when: each status change and each note.
CREATE TABLE sales_lead_entry (
	id UUID NOT NULL PRIMARY KEY,
	lead_id UUID NOT NULL REFERENCES sales_lead (id) ON DELETE CASCADE,
	status_from VARCHAR(12),
	status_to VARCHAR(12),
	note VARCHAR(2000),
	actor_id UUID NOT NULL,
	actor_name VARCHAR(200) NOT NULL,
	entered_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX sales_lead_entry_lead_idx ON sales_lead_entry (lead_id, entered_at);
