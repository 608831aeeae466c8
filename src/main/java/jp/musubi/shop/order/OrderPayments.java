package jp.musubi.shop.order;

import jp.musubi.platform.payment.PaymentReceived;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Money for an order came in (a matched bank transfer, a card paid on the provider's
 * page): the order, awaiting it, is paid and goes to its producers. A payment of another
 * amount, or for an order that expired or was paid already, changes nothing and is left
 * to the agent's staff, who see it with the bank's credits.
 */
@Component
class OrderPayments {

	private static final Logger log = LoggerFactory.getLogger(OrderPayments.class);

	private final OrderRepository orders;

	private final ApplicationEventPublisher events;

	OrderPayments(OrderRepository orders, ApplicationEventPublisher events) {
		this.orders = orders;
		this.events = events;
	}

	// Heard after the payment's own transaction commits; heard twice, the second finds
	// the order paid and changes nothing.
	@ApplicationModuleListener
	void on(PaymentReceived received) {
		if (!Checkout.PAYMENT_PURPOSE.equals(received.reference().purpose())) {
			return;
		}
		Order order = this.orders.findById(received.reference().id()).orElse(null);
		if (order == null) {
			return;
		}
		if (!received.amount().equals(order.total())) {
			log.warn("Order {} received {} instead of {}: left for the agent's staff", order.number(),
					received.amount(), order.total());
			return;
		}
		if (order.pay(received.at())) {
			this.events.publishEvent(new OrderPaid(order.id()));
		}
		else {
			log.warn("Order {} received a payment while {}: left for the agent's staff", order.number(), order.state());
		}
	}

}
