-- A producer's shipping terms: the carriers' methods it offers, each from its origin
-- prefecture with fees by delivery area (the twelve areas carriers price by) and size band,
-- a surcharge per band for a cool method, and free shipping over an order's subtotal with
-- tax, offered for all its methods alike. An area without fees is one it does not send to.
CREATE TABLE shop_shipping (
	producer_id UUID NOT NULL PRIMARY KEY,
	free_threshold BIGINT,
	free_covers_cool BOOLEAN NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	version BIGINT NOT NULL
);

CREATE TABLE shop_shipping_method (
	producer_id UUID NOT NULL REFERENCES shop_shipping (producer_id) ON DELETE CASCADE,
	method VARCHAR(20) NOT NULL,
	origin VARCHAR(2) NOT NULL,
	PRIMARY KEY (producer_id, method)
);

-- A band is kept by its sum of three sides in centimetres, 0 for a post-box method's flat rate.
CREATE TABLE shop_shipping_fee (
	producer_id UUID NOT NULL REFERENCES shop_shipping (producer_id) ON DELETE CASCADE,
	method VARCHAR(20) NOT NULL,
	area VARCHAR(20) NOT NULL,
	band_cm INT NOT NULL,
	fee BIGINT NOT NULL,
	PRIMARY KEY (producer_id, method, area, band_cm)
);

CREATE TABLE shop_shipping_cool_surcharge (
	producer_id UUID NOT NULL REFERENCES shop_shipping (producer_id) ON DELETE CASCADE,
	method VARCHAR(20) NOT NULL,
	band_cm INT NOT NULL,
	surcharge BIGINT NOT NULL,
	PRIMARY KEY (producer_id, method, band_cm)
);
