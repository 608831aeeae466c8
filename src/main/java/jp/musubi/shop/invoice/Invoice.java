package jp.musubi.shop.invoice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import jp.musubi.platform.web.Dates;
import jp.musubi.shop.order.Order;
import jp.musubi.shop.order.Shipment;

/**
 * The invoice of a sold order, issued once by the agent as the shop's operator. A
 * registered producer's goods go on a qualified invoice (適格請求書) that the agent issues in
 * its own name and registration under the intermediary rule (媒介者交付特例, 消費税法施行令 第70条の12),
 * which holds only when the agent and the producer are both registered; an unregistered
 * producer's goods get a plain receipt marked インボイス非対応. The names and registrations are
 * kept as they stood when the invoice was issued: the issuer keeps a copy for seven
 * years, and a registration given up later does not rewrite it.
 */
@Entity(name = "ShopInvoice")
@Table(name = "shop_invoice")
public class Invoice {

	@Id
	@Column(name = "order_id")
	private UUID orderId;

	@Column(name = "issued_at", nullable = false)
	private Instant issuedAt;

	@Column(name = "sold_on", nullable = false)
	private LocalDate soldOn;

	@Column(name = "issuer_name")
	private String issuerName;

	@Column(name = "issuer_registration")
	private String issuerRegistration;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "shop_invoice_seller", joinColumns = @JoinColumn(name = "order_id"))
	@OrderColumn(name = "position")
	private List<Seller> sellers = new ArrayList<>();

	protected Invoice() {
	}

	private Invoice(Order order, Instant soldAt, Issuer issuer, List<Seller> sellers, Instant now) {
		this.orderId = order.id();
		this.issuedAt = now;
		this.soldOn = LocalDate.ofInstant(soldAt, Dates.JAPAN);
		this.issuerName = issuer.name();
		this.issuerRegistration = issuer.registration();
		this.sellers = new ArrayList<>(sellers);
	}

	/**
	 * The invoice of an order, once it is sold.
	 * @param sellers each producer of the order as it stands now
	 * @return empty while the order is not sold (unpaid, or paid at the door and not yet
	 * shipped)
	 */
	static Optional<Invoice> issue(Order order, Issuer issuer, List<Seller> sellers, Instant now) {
		return order.soldAt().map((soldAt) -> new Invoice(order, soldAt, issuer, sellers, now));
	}

	public UUID orderId() {
		return this.orderId;
	}

	public Instant issuedAt() {
		return this.issuedAt;
	}

	/** 取引年月日: the day the order was paid, or shipped when paid at the door. */
	public LocalDate soldOn() {
		return this.soldOn;
	}

	public Issuer issuer() {
		return new Issuer(this.issuerName, this.issuerRegistration);
	}

	public List<Seller> sellers() {
		return List.copyOf(this.sellers);
	}

	/**
	 * Whether a producer's goods are on the qualified invoice: both it and the agent were
	 * registered when the invoice was issued.
	 */
	public boolean isQualified(UUID producerId) {
		return this.issuerRegistration != null && this.sellers.stream()
			.anyMatch((seller) -> seller.producerId().equals(producerId) && seller.registration() != null);
	}

	/** The order's invoice as the buyer reads it. */
	public InvoiceDocument document(Order order) {
		List<Shipment> qualified = new ArrayList<>();
		List<Shipment> plain = new ArrayList<>();
		for (Shipment shipment : order.shipments()) {
			(isQualified(shipment.producerId()) ? qualified : plain).add(shipment);
		}
		return new InvoiceDocument(this, order, InvoiceDocument.Part.of(qualified, this.sellers),
				InvoiceDocument.Part.of(plain, this.sellers));
	}

	/**
	 * The agent issuing the invoice.
	 *
	 * @param name its legal name, or {@code null} when its notice is not written yet
	 * @param registration its 登録番号, or {@code null} when it is not registered
	 */
	public record Issuer(String name, String registration) {
	}

	/**
	 * A producer whose goods the invoice covers.
	 *
	 * @param name the legal name of its 特商法 notice, else its organisation's name
	 * @param registration its 登録番号, or {@code null} when it is not registered
	 */
	@Embeddable
	public record Seller(@Column(name = "producer_id", nullable = false) UUID producerId,
			@Column(name = "name", nullable = false) String name, @Column(name = "registration") String registration) {
	}

}
