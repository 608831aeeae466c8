package jp.musubi.shop.invoice;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.musubi.platform.money.Yen;
import jp.musubi.shop.order.Order;
import jp.musubi.shop.order.PaymentMethod;
import jp.musubi.shop.order.Quote;
import jp.musubi.shop.order.Shipment;

/**
 * An order's invoice as its buyer reads and prints it: the goods of registered producers
 * as a qualified invoice, the others as a plain receipt, each with its totals and tax per
 * rate worked out once over its own shipments.
 *
 * @param qualified the part issued as a qualified invoice; empty when nothing qualifies
 * @param plain the part marked インボイス非対応
 */
public record InvoiceDocument(Invoice invoice, Order order, Part qualified, Part plain) {

	/**
	 * Whether the agent received the money: an order paid in advance. Paid at the door,
	 * the carrier's collection slip is the receipt.
	 */
	public boolean isReceipt() {
		return this.order.paymentMethod() != PaymentMethod.CASH_ON_DELIVERY;
	}

	/** The heading, by what the document is: a qualified invoice, a receipt, or both. */
	public String titleKey() {
		if (this.qualified.isEmpty()) {
			return isReceipt() ? "shop.invoice.title.receipt" : "shop.invoice.title.statement";
		}
		return isReceipt() ? "shop.invoice.title.qualifiedReceipt" : "shop.invoice.title.qualified";
	}

	/**
	 * One part of the invoice.
	 *
	 * @param sellers the producers whose shipments it covers, in the order's order
	 * @param taxes the amount at each rate and the tax in it, rounded once per rate
	 */
	public record Part(List<Invoice.Seller> sellers, List<Shipment> shipments, List<Quote.TaxLine> taxes, Yen total) {

		static Part of(List<Shipment> shipments, List<Invoice.Seller> sellers) {
			Set<UUID> producers = shipments.stream().map(Shipment::producerId).collect(Collectors.toSet());
			return new Part(sellers.stream().filter((seller) -> producers.contains(seller.producerId())).toList(),
					List.copyOf(shipments), Shipment.taxesOf(shipments),
					shipments.stream().map(Shipment::total).reduce(Yen.ZERO, Yen::plus));
		}

		public boolean isEmpty() {
			return this.shipments.isEmpty();
		}

		/** The seller of a shipment in this part. */
		public Invoice.Seller seller(Shipment shipment) {
			return this.sellers.stream()
				.filter((seller) -> seller.producerId().equals(shipment.producerId()))
				.findFirst()
				.orElseThrow();
		}

	}

}
