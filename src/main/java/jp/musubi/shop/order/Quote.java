package jp.musubi.shop.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jp.musubi.platform.money.ConsumptionTaxRate;
import jp.musubi.platform.money.Yen;
import jp.musubi.shop.product.ProductKind;
import jp.musubi.shop.shipping.Delivery;
import jp.musubi.shop.shipping.DeliveryChoices;
import jp.musubi.shop.shipping.Parcel;
import jp.musubi.shop.shipping.ShippingFee;
import jp.musubi.shop.shipping.ShippingMethod;
import jp.musubi.shop.shipping.Temperature;

/**
 * Everything the buyer is about to agree to, priced as it stands now: what the final
 * confirmation screen (特定商取引法 Art. 12-6) shows and what the order keeps if the buyer
 * places it unchanged. Amounts include tax (総額表示); the tax in them is shown per rate.
 */
public record Quote(List<Shipment> shipments, Yen itemsTotal, Yen shippingTotal, Yen cashOnDeliveryFees, Yen total,
		List<TaxLine> taxes, PaymentMethod payment, boolean liquor) {

	/** The lines of every shipment, in the cart's order. */
	public List<Line> lines() {
		return this.shipments.stream()
			.flatMap((shipment) -> shipment.lines().stream())
			.sorted(java.util.Comparator.comparingInt(Line::index))
			.toList();
	}

	/**
	 * One producer's parcels at one temperature.
	 *
	 * @param methods the producer's methods that can carry it to the address, cheapest
	 * first
	 * @param choices the dates and slots the chosen method offers
	 */
	public record Shipment(int index, UUID producerId, String producerName, Temperature temperature, List<Line> lines,
			List<ShippingMethod> methods, ShippingMethod method, Delivery delivery, DeliveryChoices choices,
			List<Parcel> parcels, ShippingFee fee, Yen itemsTotal, Yen cashOnDeliveryFee) {

		/**
		 * What this shipment costs the buyer, or what the carrier collects on delivery.
		 */
		public Yen total() {
			return this.itemsTotal.plus(this.fee.total()).plus(this.cashOnDeliveryFee);
		}

	}

	/**
	 * A line as the buyer sees it.
	 *
	 * @param index its place in the cart
	 * @param available the units that may still be sold
	 * @param shipDate the day it is planned to leave the producer
	 * @param orderCutoff for a pre-order, the last day the offer stands
	 */
	public record Line(int index, UUID productId, UUID variantId, UUID producerId, String name, String size,
			ProductKind kind, Yen unitPrice, ConsumptionTaxRate rate, int quantity, int available, LocalDate shipDate,
			Optional<LocalDate> orderCutoff) {

		public Yen amount() {
			return this.unitPrice.times(this.quantity);
		}

		public boolean isLiquor() {
			return this.kind == ProductKind.LIQUOR;
		}

	}

	/**
	 * The amount charged at one rate, tax included, and the tax in it, rounded down once.
	 */
	public record TaxLine(ConsumptionTaxRate rate, Yen amount, Yen tax) {

		/**
		 * The amount at each rate and the tax in it, rounded down once per rate: goods at
		 * their own rates, and carriage and the collection fee, services, at the standard
		 * rate. A rate nothing was charged at is left out.
		 * @param goods the goods' amounts by rate, tax included
		 * @param services carriage and fees, tax included
		 */
		static List<TaxLine> of(Map<ConsumptionTaxRate, Yen> goods, Yen services) {
			Map<ConsumptionTaxRate, Yen> byRate = new EnumMap<>(ConsumptionTaxRate.class);
			byRate.putAll(goods);
			byRate.merge(ConsumptionTaxRate.STANDARD, services, Yen::plus);
			List<TaxLine> taxes = new ArrayList<>();
			byRate.forEach((rate, amount) -> {
				if (!amount.isZero()) {
					taxes.add(new TaxLine(rate, amount, Quotation.taxIncludedIn(amount, rate)));
				}
			});
			return taxes;
		}

		/** The goods' amounts by rate, of lines given as rate and amount. */
		static <T> Map<ConsumptionTaxRate, Yen> goods(List<T> lines, Function<T, ConsumptionTaxRate> rate,
				Function<T, Yen> amount) {
			Map<ConsumptionTaxRate, Yen> goods = new EnumMap<>(ConsumptionTaxRate.class);
			lines.forEach((line) -> goods.merge(rate.apply(line), amount.apply(line), Yen::plus));
			return goods;
		}

	}

}
