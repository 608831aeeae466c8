-- Producers' storefronts and the notice the Act on Specified Commercial Transactions asks
-- of every mail-order seller (特定商取引法 第11条), and the shop operator's own notice.

-- A producer organisation's storefront, one per producer: where it is, its notice (the
-- seller's legal name, address, phone, responsible person, prices, other charges, payment
-- methods and timing, delivery timing, returns), its liquor licence and its registration
-- as a qualified invoice issuer. A notice may be written over several sittings, so its
-- columns are nullable; the storefront opens when all are filled.
CREATE TABLE shop_storefront (
	producer_id UUID NOT NULL PRIMARY KEY,
	postal_code VARCHAR(8),
	prefecture VARCHAR(2),
	location_address VARCHAR(200),
	latitude DECIMAL(9, 6),
	longitude DECIMAL(9, 6),
	legal_name VARCHAR(120),
	address VARCHAR(200),
	phone VARCHAR(20),
	responsible_person VARCHAR(60),
	prices VARCHAR(1000),
	shipping_fees VARCHAR(2000),
	payment_methods VARCHAR(1000),
	payment_timing VARCHAR(1000),
	delivery_timing VARCHAR(1000),
	returns VARCHAR(4000),
	liquor_licence_number VARCHAR(60),
	liquor_tax_office VARCHAR(60),
	liquor_manager VARCHAR(60),
	invoice_number VARCHAR(14),
	invoice_corporate BOOLEAN NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	version BIGINT NOT NULL
);

-- Its name and story by language; only the Japanese text must have a name.
CREATE TABLE shop_storefront_text (
	producer_id UUID NOT NULL REFERENCES shop_storefront (producer_id) ON DELETE CASCADE,
	language VARCHAR(10) NOT NULL,
	name VARCHAR(120),
	story VARCHAR(8000),
	PRIMARY KEY (producer_id, language)
);

-- Its permits under the Food Sanitation Act (営業許可), one per kind of business.
CREATE TABLE shop_storefront_food_permit (
	producer_id UUID NOT NULL REFERENCES shop_storefront (producer_id) ON DELETE CASCADE,
	position INT NOT NULL,
	category VARCHAR(60) NOT NULL,
	permit_number VARCHAR(60) NOT NULL,
	health_centre VARCHAR(60) NOT NULL,
	PRIMARY KEY (producer_id, position)
);

-- The agent's notice as the shop's operator: one row, every item required.
CREATE TABLE shop_operator_notice (
	id SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
	legal_name VARCHAR(120) NOT NULL,
	address VARCHAR(200) NOT NULL,
	phone VARCHAR(20) NOT NULL,
	responsible_person VARCHAR(60) NOT NULL,
	prices VARCHAR(1000) NOT NULL,
	shipping_fees VARCHAR(2000) NOT NULL,
	payment_methods VARCHAR(1000) NOT NULL,
	payment_timing VARCHAR(1000) NOT NULL,
	delivery_timing VARCHAR(1000) NOT NULL,
	returns VARCHAR(4000) NOT NULL,
	invoice_number VARCHAR(14),
	invoice_corporate BOOLEAN NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	version BIGINT NOT NULL
);
