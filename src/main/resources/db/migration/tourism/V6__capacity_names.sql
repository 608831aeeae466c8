-- A capacity's name in the languages guests read besides Japanese (capacity.name), as the
-- facility writes it. A language without one shows the Japanese name, marked as such.
CREATE TABLE capacity_name (
	capacity_id UUID NOT NULL REFERENCES capacity (id) ON DELETE CASCADE,
	language VARCHAR(10) NOT NULL,
	name VARCHAR(120) NOT NULL,
	PRIMARY KEY (capacity_id, language)
);
