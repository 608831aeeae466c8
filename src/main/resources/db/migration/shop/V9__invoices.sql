-- Invoices of sold orders, issued once by the agent. The issuer's and each seller's name
-- and registration are kept as they stood at issue: the issuer keeps a copy of a qualified
-- invoice for seven years, and a registration given up later does not rewrite it. The
-- amounts are not copied: they come from the order's lines, which never change.
CREATE TABLE shop_invoice (
	order_id UUID NOT NULL PRIMARY KEY REFERENCES shop_order (id) ON DELETE CASCADE,
	issued_at TIMESTAMP WITH TIME ZONE NOT NULL,
	sold_on DATE NOT NULL,
	issuer_name VARCHAR(120),
	issuer_registration VARCHAR(14)
);

CREATE TABLE shop_invoice_seller (
	order_id UUID NOT NULL REFERENCES shop_invoice (order_id) ON DELETE CASCADE,
	position INT NOT NULL,
	producer_id UUID NOT NULL,
	name VARCHAR(120) NOT NULL,
	registration VARCHAR(14),
	PRIMARY KEY (order_id, position)
);
