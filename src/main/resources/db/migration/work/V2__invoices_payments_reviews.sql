-- Qualified invoices (適格請求書) produced when a milestone is accepted, payments the agent
-- records against them, and the reviews both sides leave after a contract.

CREATE SEQUENCE invoice_number_seq START WITH 1;

CREATE TABLE invoice (
	id UUID NOT NULL PRIMARY KEY,
	number VARCHAR(30) NOT NULL,
	contract_id UUID NOT NULL REFERENCES contract (id),
	milestone_id UUID NOT NULL REFERENCES milestone (id),
	issued_on DATE NOT NULL,
	due_date DATE NOT NULL,
	issuer_id UUID NOT NULL,
	issuer_name VARCHAR(101) NOT NULL,
	registration_number VARCHAR(14),
	recipient_organisation_id UUID NOT NULL,
	recipient_name VARCHAR(100) NOT NULL,
	category VARCHAR(30) NOT NULL,
	withholding_applies BOOLEAN NOT NULL,
	subtotal_standard BIGINT NOT NULL,
	tax_standard BIGINT NOT NULL,
	subtotal_reduced BIGINT NOT NULL,
	tax_reduced BIGINT NOT NULL,
	total BIGINT NOT NULL,
	withholding BIGINT NOT NULL,
	net_payment BIGINT NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE UNIQUE INDEX invoice_number_idx ON invoice (number);
CREATE UNIQUE INDEX invoice_milestone_idx ON invoice (milestone_id);
CREATE INDEX invoice_due_idx ON invoice (due_date);

CREATE TABLE invoice_line (
	invoice_id UUID NOT NULL REFERENCES invoice (id) ON DELETE CASCADE,
	position INT NOT NULL,
	description VARCHAR(200) NOT NULL,
	quantity INT NOT NULL,
	unit_price BIGINT NOT NULL,
	tax_rate VARCHAR(10) NOT NULL,
	PRIMARY KEY (invoice_id, position)
);

CREATE TABLE payment (
	id UUID NOT NULL PRIMARY KEY,
	invoice_id UUID NOT NULL REFERENCES invoice (id),
	paid_on DATE NOT NULL,
	amount BIGINT NOT NULL,
	recorded_by UUID NOT NULL,
	recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX payment_invoice_idx ON payment (invoice_id);

CREATE TABLE review (
	id UUID NOT NULL PRIMARY KEY,
	contract_id UUID NOT NULL REFERENCES contract (id),
	reviewer_id UUID NOT NULL,
	reviewee_id UUID NOT NULL,
	reviewee_is_member BOOLEAN NOT NULL,
	rating INT NOT NULL,
	comment VARCHAR(2000),
	created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE UNIQUE INDEX review_once_idx ON review (contract_id, reviewer_id);
CREATE INDEX review_reviewee_idx ON review (reviewee_id);
