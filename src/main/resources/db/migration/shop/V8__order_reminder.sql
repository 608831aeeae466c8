-- When the buyer of an order awaiting a transfer was reminded of its deadline, so the
-- reminder goes once.
ALTER TABLE shop_order ADD COLUMN reminded_at TIMESTAMP WITH TIME ZONE;
