-- How many of a size may still be sold: units on hand, or for a harvest pre-order the units
-- the producer expects to send. An order takes its units here in its own transaction with a
-- conditional update, so the count can never go below zero and no unit is sold twice; an
-- order that expires unpaid gives them back.
CREATE TABLE shop_stock (
	variant_id UUID NOT NULL PRIMARY KEY REFERENCES shop_variant (id) ON DELETE CASCADE,
	available INT NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT shop_stock_not_negative CHECK (available >= 0)
);
