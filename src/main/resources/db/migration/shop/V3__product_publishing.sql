-- A product is a draft until its producer's people publish it, which needs the producer's
-- storefront with its complete 特定商取引法 notice (and for liquor, its licence).
ALTER TABLE shop_product ADD COLUMN published BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE shop_product ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX shop_product_published_idx ON shop_product (published, published_at);
