-- The teleworkers by group of a week as staff were first shown them, kept as they were: counted
-- again later, a withdrawn consent would show as a group one smaller in every week its member
-- teleworked, which points at them. Counts only, nobody's declaration.
CREATE TABLE insight_week_group (
	week_start DATE NOT NULL,
	group_name VARCHAR(20) NOT NULL,
	teleworkers INTEGER NOT NULL,
	-- Null when the count is not shown (GroupFigure says why it may not be).
	shown INTEGER,
	counted_at TIMESTAMP WITH TIME ZONE NOT NULL,
	PRIMARY KEY (week_start, group_name)
);

CREATE INDEX insight_week_group_shown_idx ON insight_week_group (group_name, week_start);

-- One row that every node locks while it decides a week's figures, so two weeks are never
-- decided at once without each seeing the other.
CREATE TABLE insight_week_group_lock (
	id INTEGER NOT NULL PRIMARY KEY
);

INSERT INTO insight_week_group_lock (id) VALUES (1);
