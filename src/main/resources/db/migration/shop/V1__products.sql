-- The regional product shop (地域特産品ショップ): producers' products, with what the law asks
-- their listings to show.

-- A product of a producer organisation. Its kind fixes the tax rate and the label; the food
-- label's fields are set for food and gift sets only; a gift set records how its value
-- divides between food and other goods (the 一体資産 rule); a product sold before the
-- harvest has an order cut-off and a window it ships in.
CREATE TABLE shop_product (
	id UUID NOT NULL PRIMARY KEY,
	producer_id UUID NOT NULL,
	kind VARCHAR(20) NOT NULL,
	temperature VARCHAR(20) NOT NULL,
	ingredient_origin VARCHAR(200),
	shelf_life_days INT,
	rice_origin VARCHAR(200),
	gift_food_value BIGINT,
	gift_other_value BIGINT,
	order_cutoff DATE,
	ship_from DATE,
	ship_until DATE,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	version BIGINT NOT NULL
);

CREATE INDEX shop_product_producer_idx ON shop_product (producer_id, created_at);

CREATE TABLE shop_product_text (
	product_id UUID NOT NULL REFERENCES shop_product (id) ON DELETE CASCADE,
	language VARCHAR(10) NOT NULL,
	name VARCHAR(120) NOT NULL,
	description VARCHAR(4000),
	PRIMARY KEY (product_id, language)
);

CREATE TABLE shop_product_allergen (
	product_id UUID NOT NULL REFERENCES shop_product (id) ON DELETE CASCADE,
	allergen VARCHAR(20) NOT NULL,
	PRIMARY KEY (product_id, allergen)
);

-- One size of a product; the price includes tax (総額表示).
CREATE TABLE shop_variant (
	id UUID NOT NULL PRIMARY KEY,
	product_id UUID NOT NULL REFERENCES shop_product (id) ON DELETE CASCADE,
	position INT NOT NULL,
	label VARCHAR(60) NOT NULL,
	price BIGINT NOT NULL,
	weight_grams INT NOT NULL,
	length_cm INT NOT NULL,
	width_cm INT NOT NULL,
	height_cm INT NOT NULL
);

CREATE INDEX shop_variant_product_idx ON shop_variant (product_id, position);
