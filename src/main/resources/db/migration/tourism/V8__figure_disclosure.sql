-- The shared figures as each reader is shown them (tourism.figures.SharedFigures): which counts
-- of a month are hidden from whom, chosen and audited by the refresh job, so that no page or API
-- answer runs the audit's linear programmes. A reader is a facility (its staff and its tokens) or
-- the nil UUID for the agent's staff. A facility with no guests and no checkups of its own in a
-- month knows nothing the agent does not and reads the agent's; the threshold the cells were
-- chosen for is kept, so that a changed setting is audited again rather than trusted.
CREATE TABLE figure_disclosure (
	reader UUID NOT NULL,
	month_no INT NOT NULL,
	threshold INT NOT NULL,
	PRIMARY KEY (reader, month_no)
);

CREATE INDEX figure_disclosure_month_idx ON figure_disclosure (month_no);

-- One row per hidden count; the cell is named as SharedMonth names it (region:ASIA,
-- guests:<facility>:total, examined:<clinic>, cohort:<first month>, ...).
CREATE TABLE figure_hidden (
	reader UUID NOT NULL,
	month_no INT NOT NULL,
	cell VARCHAR(80) NOT NULL,
	PRIMARY KEY (reader, month_no, cell)
);

CREATE INDEX figure_hidden_month_idx ON figure_hidden (month_no);

-- Distinct guests examined per clinic and month, kept by the same job as the other counts, so
-- that the counts a page shows are the very ones that were audited.
CREATE TABLE figure_examined (
	facility_id UUID NOT NULL,
	month_no INT NOT NULL,
	guests INT NOT NULL,
	PRIMARY KEY (facility_id, month_no)
);

CREATE INDEX figure_examined_month_idx ON figure_examined (month_no);
