-- When the member logged the figure a row holds. Events may be handled out of order (the
-- listener runs in the background and retries), so an older figure never replaces a newer.
ALTER TABLE insight_contract_week ADD COLUMN logged_at TIMESTAMP WITH TIME ZONE;
