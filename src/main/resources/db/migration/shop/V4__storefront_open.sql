-- Whether a storefront's 特定商取引法 notice is complete, kept with it so that the shop's
-- window shows a producer's products only while buyers can read whom they buy from.
ALTER TABLE shop_storefront ADD COLUMN open_for_orders BOOLEAN DEFAULT FALSE NOT NULL;
