-- Money after the sale: the agent's commission per producer (a rate from a month on), the
-- account each producer is paid into, and each producer's monthly settlement with the
-- shipments it covers, as they stood when the month closed. ("month" is a word H2 keeps for
-- itself, hence settled_month.)
CREATE TABLE shop_commission (
	id UUID NOT NULL PRIMARY KEY,
	producer_id UUID NOT NULL,
	effective_from DATE NOT NULL,
	percent NUMERIC(4, 1) NOT NULL CHECK (percent >= 0 AND percent <= 50),
	set_at TIMESTAMP WITH TIME ZONE NOT NULL,
	set_by UUID NOT NULL
);

CREATE INDEX shop_commission_producer_idx ON shop_commission (producer_id, effective_from);

CREATE TABLE shop_payout_account (
	producer_id UUID NOT NULL PRIMARY KEY,
	bank_code VARCHAR(4) NOT NULL,
	bank_name VARCHAR(15) NOT NULL,
	branch_code VARCHAR(3) NOT NULL,
	branch_name VARCHAR(15) NOT NULL,
	account_type VARCHAR(10) NOT NULL,
	number VARCHAR(7) NOT NULL,
	holder VARCHAR(30) NOT NULL,
	changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
	version BIGINT NOT NULL
);

CREATE TABLE shop_settlement (
	id UUID NOT NULL PRIMARY KEY,
	producer_id UUID NOT NULL,
	settled_month VARCHAR(7) NOT NULL,
	closed_at TIMESTAMP WITH TIME ZONE NOT NULL,
	commission_percent NUMERIC(4, 1) NOT NULL,
	goods BIGINT NOT NULL,
	shipping BIGINT NOT NULL,
	cod_fees BIGINT NOT NULL,
	collected_by_agent BIGINT NOT NULL,
	collected_at_door BIGINT NOT NULL,
	commission BIGINT NOT NULL,
	commission_tax BIGINT NOT NULL,
	owed_before BIGINT NOT NULL,
	payout BIGINT NOT NULL CHECK (payout >= 0),
	owed_after BIGINT NOT NULL CHECK (owed_after >= 0),
	exported_at TIMESTAMP WITH TIME ZONE,
	UNIQUE (producer_id, settled_month)
);

CREATE INDEX shop_settlement_month_idx ON shop_settlement (settled_month);

CREATE TABLE shop_settlement_line (
	settlement_id UUID NOT NULL REFERENCES shop_settlement (id) ON DELETE CASCADE,
	position INT NOT NULL,
	order_number BIGINT NOT NULL,
	shipped_on DATE NOT NULL,
	goods BIGINT NOT NULL,
	shipping BIGINT NOT NULL,
	cod_fee BIGINT NOT NULL,
	at_the_door BOOLEAN NOT NULL,
	PRIMARY KEY (settlement_id, position)
);
