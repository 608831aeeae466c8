package jp.musubi.work.invoice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.musubi.platform.money.Yen;

/** A payment the agent's staff recorded against an invoice. */
@Entity
@Table(name = "payment")
public class Payment {

	@Id
	private UUID id;

	@Column(name = "invoice_id", nullable = false)
	private UUID invoiceId;

	@Column(name = "paid_on", nullable = false)
	private LocalDate paidOn;

	@Column(nullable = false)
	private Yen amount;

	@Column(name = "recorded_by", nullable = false)
	private UUID recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected Payment() {
	}

	Payment(UUID invoiceId, LocalDate paidOn, Yen amount, UUID recordedBy, Instant recordedAt) {
		this.id = UUID.randomUUID();
		this.invoiceId = invoiceId;
		this.paidOn = paidOn;
		this.amount = amount;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public UUID id() {
		return this.id;
	}

	public UUID invoiceId() {
		return this.invoiceId;
	}

	public LocalDate paidOn() {
		return this.paidOn;
	}

	public Yen amount() {
		return this.amount;
	}

	public UUID recordedBy() {
		return this.recordedBy;
	}

	public Instant recordedAt() {
		return this.recordedAt;
	}

}
