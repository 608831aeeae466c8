-- The day an invoice was paid in full, so that the agent's list of what is owed can be
-- paged in the database instead of summing every payment ever made.
ALTER TABLE invoice ADD COLUMN settled_on DATE;

UPDATE invoice SET settled_on = (SELECT max(paid_on) FROM payment WHERE payment.invoice_id = invoice.id)
	WHERE net_payment <= (SELECT coalesce(sum(amount), 0) FROM payment WHERE payment.invoice_id = invoice.id);

CREATE INDEX invoice_open_idx ON invoice (settled_on, due_date);
