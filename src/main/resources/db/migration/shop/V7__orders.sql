-- Orders: one per checkout, across producers, with one shipment per producer and
-- temperature. Lines keep the name, size, price and rate the buyer agreed to, so a product
-- changed or withdrawn later does not change what was sold.

-- Order numbers are short and plain digits: a buyer paying by bank transfer writes one
-- before their name, and the bank's file carries it back.
CREATE SEQUENCE shop_order_number START WITH 1000001;

CREATE TABLE shop_order (
	id UUID NOT NULL PRIMARY KEY,
	number BIGINT NOT NULL UNIQUE,
	person_id UUID,
	email VARCHAR(254) NOT NULL,
	buyer_name VARCHAR(60) NOT NULL,
	buyer_phone VARCHAR(30) NOT NULL,
	buyer_postal_code VARCHAR(8) NOT NULL,
	buyer_prefecture VARCHAR(2) NOT NULL,
	buyer_address VARCHAR(160) NOT NULL,
	recipient_name VARCHAR(60),
	recipient_phone VARCHAR(30),
	recipient_postal_code VARCHAR(8),
	recipient_prefecture VARCHAR(2),
	recipient_address VARCHAR(160),
	language VARCHAR(10) NOT NULL,
	payment_method VARCHAR(20) NOT NULL,
	state VARCHAR(20) NOT NULL,
	items_total BIGINT NOT NULL,
	shipping_total BIGINT NOT NULL,
	cod_fee_total BIGINT NOT NULL,
	total BIGINT NOT NULL,
	birth_date DATE,
	idempotency_key VARCHAR(100) UNIQUE,
	request_fingerprint VARCHAR(64),
	view_token VARCHAR(64) NOT NULL,
	placed_at TIMESTAMP WITH TIME ZONE NOT NULL,
	pay_by TIMESTAMP WITH TIME ZONE,
	paid_at TIMESTAMP WITH TIME ZONE,
	closed_at TIMESTAMP WITH TIME ZONE,
	version BIGINT NOT NULL
);

CREATE INDEX shop_order_person_idx ON shop_order (person_id, placed_at);
CREATE INDEX shop_order_unpaid_idx ON shop_order (state, pay_by);

CREATE TABLE shop_shipment (
	id UUID NOT NULL PRIMARY KEY,
	order_id UUID NOT NULL REFERENCES shop_order (id) ON DELETE CASCADE,
	position INT NOT NULL,
	producer_id UUID NOT NULL,
	temperature VARCHAR(20) NOT NULL,
	method VARCHAR(30) NOT NULL,
	ship_date DATE NOT NULL,
	delivery_date DATE,
	time_slot VARCHAR(20),
	expected_date DATE NOT NULL,
	parcels INT NOT NULL,
	carriage BIGINT NOT NULL,
	cool_surcharge BIGINT NOT NULL,
	island_surcharge BIGINT NOT NULL,
	cod_fee BIGINT NOT NULL,
	items_total BIGINT NOT NULL,
	tracking_number VARCHAR(40),
	shipped_at TIMESTAMP WITH TIME ZONE,
	delivered_at TIMESTAMP WITH TIME ZONE
);

CREATE INDEX shop_shipment_producer_idx ON shop_shipment (producer_id, ship_date);

CREATE TABLE shop_order_line (
	id UUID NOT NULL PRIMARY KEY,
	order_id UUID NOT NULL REFERENCES shop_order (id) ON DELETE CASCADE,
	shipment_id UUID NOT NULL REFERENCES shop_shipment (id) ON DELETE CASCADE,
	position INT NOT NULL,
	product_id UUID NOT NULL,
	variant_id UUID NOT NULL,
	producer_id UUID NOT NULL,
	product_name VARCHAR(120) NOT NULL,
	size_label VARCHAR(60) NOT NULL,
	kind VARCHAR(20) NOT NULL,
	unit_price BIGINT NOT NULL,
	tax_rate VARCHAR(20) NOT NULL,
	quantity INT NOT NULL,
	ship_date DATE NOT NULL,
	order_cutoff DATE
);

CREATE INDEX shop_order_line_order_idx ON shop_order_line (order_id, position);
