-- The insight module's own copy of the telework hours members log per contract and week, kept
-- from the work module's events (modules do not read each other's tables). One row per contract
-- and week holds the figure as it now stands, so a repeated or corrected event overwrites it.
CREATE TABLE insight_contract_week (
	id UUID NOT NULL PRIMARY KEY,
	contract_id UUID NOT NULL,
	week_start DATE NOT NULL,
	member_id UUID NOT NULL,
	hours NUMERIC(5, 1) NOT NULL
);

CREATE UNIQUE INDEX insight_contract_week_idx ON insight_contract_week (contract_id, week_start);
CREATE INDEX insight_contract_week_member_idx ON insight_contract_week (week_start, member_id);
