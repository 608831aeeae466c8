package jp.musubi.shop.order;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.musubi.platform.money.ConsumptionTaxRate;
import jp.musubi.platform.money.Yen;
import jp.musubi.shop.product.ProductKind;

/**
 * A line of an order as the buyer agreed to it: the name, size, price and rate of that
 * moment, and the day it is planned to leave the producer.
 */
@Entity
@Table(name = "shop_order_line")
public class OrderLine {

	@Id
	private UUID id;

	@Column(name = "order_id", nullable = false)
	private UUID orderId;

	@Column(name = "shipment_id", nullable = false)
	private UUID shipmentId;

	@Column(nullable = false)
	private int position;

	@Column(name = "product_id", nullable = false)
	private UUID productId;

	@Column(name = "variant_id", nullable = false)
	private UUID variantId;

	@Column(name = "producer_id", nullable = false)
	private UUID producerId;

	@Column(name = "product_name", nullable = false)
	private String productName;

	@Column(name = "size_label", nullable = false)
	private String sizeLabel;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProductKind kind;

	@Column(name = "unit_price", nullable = false)
	private Yen unitPrice;

	@Enumerated(EnumType.STRING)
	@Column(name = "tax_rate", nullable = false)
	private ConsumptionTaxRate taxRate;

	@Column(nullable = false)
	private int quantity;

	@Column(name = "ship_date", nullable = false)
	private LocalDate shipDate;

	@Column(name = "order_cutoff")
	private LocalDate orderCutoff;

	protected OrderLine() {
	}

	OrderLine(UUID orderId, UUID shipmentId, Quote.Line line) {
		this.id = UUID.randomUUID();
		this.orderId = orderId;
		this.shipmentId = shipmentId;
		this.position = line.index();
		this.productId = line.productId();
		this.variantId = line.variantId();
		this.producerId = line.producerId();
		this.productName = line.name();
		this.sizeLabel = line.size();
		this.kind = line.kind();
		this.unitPrice = line.unitPrice();
		this.taxRate = line.rate();
		this.quantity = line.quantity();
		this.shipDate = line.shipDate();
		this.orderCutoff = line.orderCutoff().orElse(null);
	}

	public UUID id() {
		return this.id;
	}

	public int position() {
		return this.position;
	}

	public UUID productId() {
		return this.productId;
	}

	public UUID variantId() {
		return this.variantId;
	}

	public UUID producerId() {
		return this.producerId;
	}

	public String productName() {
		return this.productName;
	}

	public String sizeLabel() {
		return this.sizeLabel;
	}

	public ProductKind kind() {
		return this.kind;
	}

	public boolean isLiquor() {
		return this.kind == ProductKind.LIQUOR;
	}

	public Yen unitPrice() {
		return this.unitPrice;
	}

	public ConsumptionTaxRate taxRate() {
		return this.taxRate;
	}

	public int quantity() {
		return this.quantity;
	}

	public Yen amount() {
		return this.unitPrice.times(this.quantity);
	}

	public LocalDate shipDate() {
		return this.shipDate;
	}

	public Optional<LocalDate> orderCutoff() {
		return Optional.ofNullable(this.orderCutoff);
	}

}
