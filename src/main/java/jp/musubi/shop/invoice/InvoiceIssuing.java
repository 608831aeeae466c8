package jp.musubi.shop.invoice;

import jp.musubi.shop.order.OrderPaid;
import jp.musubi.shop.order.ShipmentShipped;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issues an order's invoice when it is sold: paid in advance, or paid at the door and
 * shipped. Heard twice, the second changes nothing.
 */
@Component
class InvoiceIssuing {

	private final Invoices invoices;

	InvoiceIssuing(Invoices invoices) {
		this.invoices = invoices;
	}

	@ApplicationModuleListener
	void on(OrderPaid paid) {
		this.invoices.issue(paid.orderId());
	}

	@ApplicationModuleListener
	void on(ShipmentShipped shipped) {
		this.invoices.issue(shipped.orderId());
	}

}
