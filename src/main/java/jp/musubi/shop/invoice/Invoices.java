package jp.musubi.shop.invoice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.musubi.shop.order.Order;
import jp.musubi.shop.order.Orders;
import jp.musubi.shop.order.Shipment;
import jp.musubi.shop.storefront.InvoiceRegistration;
import jp.musubi.shop.storefront.OperatorNotice;
import jp.musubi.shop.storefront.Storefront;
import jp.musubi.shop.storefront.Storefronts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The invoices of sold orders: issued once when the order is sold, read by its buyer. */
// Named apart from the work exchange's invoices.
@Service("shopInvoices")
public class Invoices {

	private final IssuedInvoices invoices;

	private final Orders orders;

	private final Storefronts storefronts;

	private final Clock clock;

	Invoices(IssuedInvoices invoices, Orders orders, Storefronts storefronts, Clock clock) {
		this.invoices = invoices;
		this.orders = orders;
		this.storefronts = storefronts;
		this.clock = clock;
	}

	/**
	 * Issues the order's invoice if it is sold and has none yet; asked again, it changes
	 * nothing.
	 * @return the invoice, or empty while the order is not sold
	 */
	@Transactional
	public Optional<Invoice> issue(UUID orderId) {
		// Both the payment and each shipment ask; the order's lock makes one of them
		// issue.
		Optional<Order> locked = this.orders.lock(orderId);
		Optional<Invoice> issued = this.invoices.findById(orderId);
		if (issued.isPresent()) {
			return issued;
		}
		return locked.flatMap((order) -> Invoice.issue(order, issuer(), sellers(order), this.clock.instant()))
			.map(this.invoices::save);
	}

	/**
	 * The order's invoice as its buyer reads it.
	 * @return empty while the order is not sold
	 * @throws jp.musubi.platform.refusal.NotFound for anyone but the buyer
	 */
	@Transactional(readOnly = true)
	public Optional<InvoiceDocument> forBuyer(UUID orderId, UUID personId, String token) {
		Order order = this.orders.forBuyer(orderId, personId, token);
		return this.invoices.findById(orderId).map((invoice) -> invoice.document(order));
	}

	private Invoice.Issuer issuer() {
		Optional<OperatorNotice> notice = this.storefronts.operatorNotice();
		return new Invoice.Issuer(notice.map((operator) -> operator.notice().legalName()).orElse(null),
				notice.flatMap(OperatorNotice::invoice).map(InvoiceRegistration::number).orElse(null));
	}

	private List<Invoice.Seller> sellers(Order order) {
		Set<UUID> producers = new LinkedHashSet<>();
		order.shipments().stream().map(Shipment::producerId).forEach(producers::add);
		List<Invoice.Seller> sellers = new ArrayList<>();
		for (UUID producer : producers) {
			Optional<Storefront> storefront = this.storefronts.find(producer);
			String name = storefront.map((shop) -> shop.notice().legalName())
				.filter((legal) -> legal != null && !legal.isBlank())
				.or(() -> this.storefronts.producer(producer).map((organisation) -> organisation.name()))
				.orElse("");
			sellers.add(new Invoice.Seller(producer, name,
					storefront.flatMap(Storefront::invoice).map(InvoiceRegistration::number).orElse(null)));
		}
		return sellers;
	}

}
