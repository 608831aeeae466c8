-- A revisit offer mailed to a guest some weeks after a stay: one per booking, so the daily job
-- never sends the same offer twice, whichever node runs it.
CREATE TABLE revisit_offer (
	booking_id UUID NOT NULL PRIMARY KEY REFERENCES booking (id),
	guest_id UUID NOT NULL REFERENCES guest (id),
	sent_at TIMESTAMP WITH TIME ZONE NOT NULL
);
