-- The ご請求先顧客コード of a producer's Yamato contract, kept once so that the B2 export
-- form starts from it instead of asking for it at each export.
CREATE TABLE shop_b2_contract (
	producer_id UUID NOT NULL PRIMARY KEY,
	customer_code VARCHAR(12) NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
