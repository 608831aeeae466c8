package jp.musubi.shop.order;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.musubi.shop.fulfilment.B2CustomerCode;

/**
 * A producer's contract with ヤマト運輸 as the B2 export needs it: the code B2クラウド bills its
 * labels to. One per producer, kept by its people.
 */
@Entity
@Table(name = "shop_b2_contract")
class B2Contract {

	@Id
	@Column(name = "producer_id")
	private UUID producerId;

	@Column(name = "customer_code", nullable = false)
	private String customerCode;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected B2Contract() {
	}

	B2Contract(UUID producerId, B2CustomerCode code, Instant now) {
		this.producerId = producerId;
		change(code, now);
	}

	final void change(B2CustomerCode code, Instant now) {
		this.customerCode = code.digits();
		this.updatedAt = now;
	}

	B2CustomerCode customerCode() {
		return new B2CustomerCode(this.customerCode);
	}

}
