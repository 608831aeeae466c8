-- The region's employed population (就業者数) as the agent's staff enter it from a published
-- source such as the census. Every entry is kept, so one can see who changed the figure and
-- from what; the latest entry is the one the teleworker share is measured against.
CREATE TABLE insight_employed_population (
	id UUID NOT NULL PRIMARY KEY,
	employed INTEGER NOT NULL CHECK (employed > 0 AND employed <= 100000000),
	source VARCHAR(100) NOT NULL,
	entered_by UUID NOT NULL,
	entered_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX insight_employed_population_entered_idx ON insight_employed_population (entered_at);
