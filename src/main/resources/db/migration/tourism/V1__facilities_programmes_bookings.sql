-- The regional tourism and wellness CRM (地域CRM): partner facilities and what they can be
-- booked for, the agent's programmes across them, guests with their origin and consents,
-- one-stop bookings, check-ins, and the records APPI asks for when a guest's data goes to
-- another facility.

-- A partner facility's public description; one per facility organisation.
CREATE TABLE facility (
	id UUID NOT NULL PRIMARY KEY,
	organisation_id UUID NOT NULL,
	kind VARCHAR(30) NOT NULL,
	name VARCHAR(120) NOT NULL,
	description VARCHAR(4000),
	postal_code VARCHAR(8),
	address VARCHAR(200),
	latitude DECIMAL(9, 6),
	longitude DECIMAL(9, 6),
	opening_hours VARCHAR(500),
	phone VARCHAR(20),
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	version BIGINT NOT NULL
);

CREATE UNIQUE INDEX facility_organisation_idx ON facility (organisation_id);

CREATE TABLE facility_photo (
	id UUID NOT NULL PRIMARY KEY,
	facility_id UUID NOT NULL REFERENCES facility (id) ON DELETE CASCADE,
	storage_key VARCHAR(200) NOT NULL,
	content_type VARCHAR(60) NOT NULL,
	caption VARCHAR(200),
	position INT NOT NULL
);

-- Something a facility can be booked for, with how many a day: rooms per night, tee times,
-- lift passes, therapy or checkup slots.
CREATE TABLE capacity (
	id UUID NOT NULL PRIMARY KEY,
	facility_id UUID NOT NULL REFERENCES facility (id),
	kind VARCHAR(20) NOT NULL,
	name VARCHAR(120) NOT NULL,
	units_per_day INT NOT NULL CHECK (units_per_day >= 0),
	active BOOLEAN NOT NULL,
	version BIGINT NOT NULL
);

CREATE INDEX capacity_facility_idx ON capacity (facility_id);

-- How many of a capacity are taken on a day. A booking takes units with one conditional
-- UPDATE per row, so two bookings at once can never take the same last unit.
CREATE TABLE capacity_day (
	capacity_id UUID NOT NULL REFERENCES capacity (id),
	day DATE NOT NULL,
	taken INT NOT NULL CHECK (taken >= 0),
	PRIMARY KEY (capacity_id, day)
);

-- A programme the agent composes from components at one or more facilities.
CREATE TABLE programme (
	id UUID NOT NULL PRIMARY KEY,
	code VARCHAR(40) NOT NULL,
	nights INT NOT NULL,
	price_per_person BIGINT NOT NULL,
	season_start DATE NOT NULL,
	season_end DATE NOT NULL,
	min_party INT NOT NULL,
	max_party INT NOT NULL,
	free_cancellation_days INT NOT NULL,
	cancellation_fee_percent INT NOT NULL,
	published BOOLEAN NOT NULL,
	created_by UUID NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	version BIGINT NOT NULL
);

CREATE UNIQUE INDEX programme_code_idx ON programme (code);

-- The programme's name and texts in each language it is offered in.
CREATE TABLE programme_text (
	programme_id UUID NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
	language VARCHAR(10) NOT NULL,
	name VARCHAR(120) NOT NULL,
	summary VARCHAR(4000) NOT NULL,
	PRIMARY KEY (programme_id, language)
);

-- One part of a programme: so many units of a capacity on each of some days of the stay
-- (day 0 is the day of arrival), per person or per party.
CREATE TABLE programme_component (
	id UUID NOT NULL PRIMARY KEY,
	programme_id UUID NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
	capacity_id UUID NOT NULL REFERENCES capacity (id),
	first_day INT NOT NULL,
	days INT NOT NULL,
	per_person BOOLEAN NOT NULL,
	position INT NOT NULL
);

-- The places the agent counts as nearby cities, a target area of their own.
CREATE TABLE nearby_place (
	id UUID NOT NULL PRIMARY KEY,
	prefecture VARCHAR(2) NOT NULL,
	city VARCHAR(60) NOT NULL
);

CREATE UNIQUE INDEX nearby_place_idx ON nearby_place (prefecture, city);

-- A guest of the region: where they come from, what interests them, and the three consents
-- APPI lets them give or withdraw one by one.
CREATE TABLE guest (
	id UUID NOT NULL PRIMARY KEY,
	account_id UUID,
	language VARCHAR(10) NOT NULL,
	origin_country VARCHAR(2) NOT NULL,
	origin_prefecture VARCHAR(2),
	origin_city VARCHAR(60),
	target_area VARCHAR(12) NOT NULL,
	interests VARCHAR(300),
	marketing_consent_at TIMESTAMP WITH TIME ZONE,
	health_consent_at TIMESTAMP WITH TIME ZONE,
	sharing_consent_at TIMESTAMP WITH TIME ZONE,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	version BIGINT NOT NULL
);

CREATE UNIQUE INDEX guest_account_idx ON guest (account_id);

CREATE TABLE booking (
	id UUID NOT NULL PRIMARY KEY,
	number VARCHAR(12) NOT NULL,
	guest_id UUID NOT NULL REFERENCES guest (id),
	programme_id UUID NOT NULL REFERENCES programme (id),
	arrival DATE NOT NULL,
	departure DATE NOT NULL,
	party_size INT NOT NULL,
	language VARCHAR(10) NOT NULL,
	price BIGINT NOT NULL,
	cancellation_fee BIGINT,
	status VARCHAR(12) NOT NULL,
	check_in_token VARCHAR(64) NOT NULL,
	redemption_code VARCHAR(20),
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	changed_at TIMESTAMP WITH TIME ZONE,
	cancelled_at TIMESTAMP WITH TIME ZONE,
	version BIGINT NOT NULL
);

CREATE UNIQUE INDEX booking_number_idx ON booking (number);
CREATE UNIQUE INDEX booking_check_in_token_idx ON booking (check_in_token);
CREATE INDEX booking_guest_idx ON booking (guest_id);

-- What a booking holds: units of one capacity on one day.
CREATE TABLE booking_line (
	id UUID NOT NULL PRIMARY KEY,
	booking_id UUID NOT NULL REFERENCES booking (id) ON DELETE CASCADE,
	capacity_id UUID NOT NULL REFERENCES capacity (id),
	facility_id UUID NOT NULL REFERENCES facility (id),
	day DATE NOT NULL,
	units INT NOT NULL
);

CREATE INDEX booking_line_booking_idx ON booking_line (booking_id);
CREATE INDEX booking_line_facility_idx ON booking_line (facility_id, day);

-- 第三者提供の記録 (APPI art. 29): a guest's personal data went to a facility.
CREATE TABLE data_provision (
	id UUID NOT NULL PRIMARY KEY,
	guest_id UUID NOT NULL REFERENCES guest (id),
	booking_id UUID REFERENCES booking (id),
	recipient_facility_id UUID NOT NULL REFERENCES facility (id),
	provided_at TIMESTAMP WITH TIME ZONE NOT NULL,
	items VARCHAR(200) NOT NULL,
	purpose VARCHAR(40) NOT NULL
);

CREATE INDEX data_provision_guest_idx ON data_provision (guest_id, provided_at);

-- A visit to a facility: a booked guest checked in, by QR code, by booking number or by
-- the facility's own system through the API. The guest's target area and country are kept
-- as they were on the day, so the figures do not move when a guest moves.
CREATE TABLE check_in (
	id UUID NOT NULL PRIMARY KEY,
	facility_id UUID NOT NULL REFERENCES facility (id),
	booking_id UUID REFERENCES booking (id),
	guest_id UUID NOT NULL REFERENCES guest (id),
	day DATE NOT NULL,
	checked_in_at TIMESTAMP WITH TIME ZONE NOT NULL,
	method VARCHAR(10) NOT NULL,
	target_area VARCHAR(12) NOT NULL,
	origin_country VARCHAR(2) NOT NULL,
	recorded_by UUID
);

CREATE UNIQUE INDEX check_in_booking_idx ON check_in (booking_id, facility_id, day);
CREATE INDEX check_in_facility_idx ON check_in (facility_id, day);
CREATE INDEX check_in_guest_idx ON check_in (guest_id, day);

-- People who came without a booking, counted only: no name, no guest.
CREATE TABLE walk_in (
	id UUID NOT NULL PRIMARY KEY,
	facility_id UUID NOT NULL REFERENCES facility (id),
	day DATE NOT NULL,
	people INT NOT NULL CHECK (people > 0),
	target_area VARCHAR(12) NOT NULL,
	recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
	recorded_by UUID
);

CREATE INDEX walk_in_facility_idx ON walk_in (facility_id, day);
