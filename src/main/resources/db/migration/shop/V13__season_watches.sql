-- Members who asked to be mailed when a product can be ordered again (its season opens or
-- its units come back): one wish per member and product, told once per opening. The token
-- is the mail's link to stop it without signing in.
CREATE TABLE shop_season_watch (
	id UUID NOT NULL PRIMARY KEY,
	product_id UUID NOT NULL,
	person_id UUID NOT NULL,
	token VARCHAR(64) NOT NULL UNIQUE,
	asked_at TIMESTAMP WITH TIME ZONE NOT NULL,
	told_at TIMESTAMP WITH TIME ZONE,
	UNIQUE (product_id, person_id)
);

CREATE INDEX shop_season_watch_waiting_idx ON shop_season_watch (told_at, product_id);
