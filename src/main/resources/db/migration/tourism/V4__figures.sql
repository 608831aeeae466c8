-- The figures the dashboards read, kept fresh by a job (tourism.figures.FigureRefresh) so that
-- a page touches a few hundred rows however many check-ins the region has. Months are numbered
-- year * 12 + month - 1 (an INT both H2 and PostgreSQL compute the same way), so the figures
-- need no date function either engine lacks.

-- How far the figures have read: the latest check-in and walk-in recording time seen, and when
-- they were last refreshed (the "as of" the pages show). One row.
CREATE TABLE figure_refresh (
	id INT NOT NULL PRIMARY KEY,
	check_ins_until TIMESTAMP WITH TIME ZONE,
	walk_ins_until TIMESTAMP WITH TIME ZONE,
	refreshed_at TIMESTAMP WITH TIME ZONE
);

INSERT INTO figure_refresh (id) VALUES (1);

-- Per facility, month and target area: check-ins, distinct guests, and walk-in people.
CREATE TABLE figure_visit (
	facility_id UUID NOT NULL,
	month_no INT NOT NULL,
	target_area VARCHAR(12) NOT NULL,
	visits INT NOT NULL,
	guests INT NOT NULL,
	walk_ins INT NOT NULL,
	PRIMARY KEY (facility_id, month_no, target_area)
);

CREATE INDEX figure_visit_month_idx ON figure_visit (month_no);

-- The same for the whole region: distinct guests are not the sum over facilities.
CREATE TABLE figure_area_month (
	month_no INT NOT NULL,
	target_area VARCHAR(12) NOT NULL,
	visits INT NOT NULL,
	guests INT NOT NULL,
	walk_ins INT NOT NULL,
	PRIMARY KEY (month_no, target_area)
);

-- Per guest: the month of the first visit, and the months of the last and the one before
-- (a visit is a day the guest checked in anywhere). A guest has two visits within a window of
-- months when the one before the last lies in it.
CREATE TABLE figure_guest (
	guest_id UUID NOT NULL PRIMARY KEY,
	first_month INT NOT NULL,
	last_month INT NOT NULL,
	previous_month INT,
	visit_days INT NOT NULL
);

-- Guests by the months of their last and previous visit (-1: none before), which is all the
-- repeat rate needs.
CREATE TABLE figure_repeat (
	last_month INT NOT NULL,
	previous_month INT NOT NULL,
	guests INT NOT NULL,
	PRIMARY KEY (last_month, previous_month)
);

-- Retention: of the guests whose first visit was in first_month, how many came in month_no.
CREATE TABLE figure_cohort (
	first_month INT NOT NULL,
	month_no INT NOT NULL,
	guests INT NOT NULL,
	PRIMARY KEY (first_month, month_no)
);

-- The guests and months a refresh recomputes; empty between refreshes, which run one at a time.
CREATE TABLE figure_dirty_guest (
	guest_id UUID NOT NULL PRIMARY KEY,
	old_first_month INT
);

CREATE TABLE figure_dirty_month (
	month_no INT NOT NULL PRIMARY KEY
);

-- The nouns of each answered survey (Kuromoji), read once: an answer never changes.
CREATE TABLE figure_survey_noun (
	survey_id UUID NOT NULL,
	target_area VARCHAR(12) NOT NULL,
	noun VARCHAR(60) NOT NULL,
	mentions INT NOT NULL,
	PRIMARY KEY (survey_id, noun)
);

CREATE INDEX figure_survey_noun_area_idx ON figure_survey_noun (target_area, noun);

CREATE TABLE figure_survey_read (
	survey_id UUID NOT NULL PRIMARY KEY
);

-- What a refresh looks up: the check-ins recorded since the last one, and those of a month.
CREATE INDEX check_in_recorded_idx ON check_in (checked_in_at);
CREATE INDEX check_in_day_idx ON check_in (day);
CREATE INDEX walk_in_recorded_idx ON walk_in (recorded_at);
