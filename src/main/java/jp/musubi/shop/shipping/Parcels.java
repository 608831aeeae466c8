package jp.musubi.shop.shipping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;

/**
 * Splits a shipment into parcels (個口) that each fit the method's limits, so that the fee
 * counts every parcel and no cool parcel is handed over too big or too heavy to be taken
 * cool. Goods of different temperatures never share a parcel: the carrier keeps them in
 * different rooms. (An order already makes one shipment per producer and temperature; the
 * split holds the rule anyway.)
 * <p>
 * The split is first-fit decreasing: units heaviest first (the larger first among equal
 * weights), each into the first open parcel whose weight and room still take it. Room is
 * counted as volume against the largest box the limits allow, and for a letter-box method
 * as flat units stacked, their thicknesses added. That is a fast estimate, not a packing
 * of shapes: a few awkward items may need one parcel more than it says, never fewer, so
 * the fee may be short by a parcel in rare cases and the producer confirms the count when
 * shipping. A parcel's size is estimated as the cube of its contents' volume, never
 * smaller than its largest unit.
 */
public final class Parcels {

	private Parcels() {
	}

	/**
	 * The parcels the items make with the method.
	 * @throws FieldsRefused naming each item ({@code items[0]}, ...) that the method
	 * cannot take even alone: a temperature it does not carry, too heavy, too large, or a
	 * declared size where a letter-box method needs the three sides; or {@code items}
	 * when there is nothing to ship
	 */
	public static List<Parcel> split(ShippingMethod method, List<ShipmentItem> items) {
		if (items.isEmpty()) {
			throw new FieldsRefused(List.of(new InputRefused("items", "shop.shipping.refused.noItems")));
		}
		FieldsRefused.throwIfAny(refusals(method, items));
		Map<Temperature, List<Integer>> byTemperature = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++) {
			byTemperature.computeIfAbsent(items.get(i).temperature(), (temperature) -> new ArrayList<>()).add(i);
		}
		List<Parcel> parcels = new ArrayList<>();
		byTemperature.forEach((temperature, indexes) -> parcels.addAll(pack(method, temperature, items, indexes)));
		return List.copyOf(parcels);
	}

	private static List<InputRefused> refusals(ShippingMethod method, List<ShipmentItem> items) {
		ParcelLimits limits = method.limits();
		List<InputRefused> refusals = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			ShipmentItem item = items.get(i);
			String field = "items[" + i + "]";
			if (!method.carries(item.temperature())) {
				refusals.add(new InputRefused(field, "shop.shipping.refused.temperatureNotCarried"));
			}
			else if (!limits.fits(item.size())) {
				refusals.add(new InputRefused(field, "shop.shipping.refused.itemTooLarge"));
			}
			else if (item.size() instanceof DeclaredSize declared && !limits.fitsAnyShapeOf(declared)) {
				refusals.add(new InputRefused(field, "shop.shipping.refused.sidesNeeded"));
			}
			else if (item.grams() > limits.grams()) {
				refusals.add(new InputRefused(field, "shop.shipping.refused.itemTooHeavy"));
			}
		}
		return refusals;
	}

	private static List<Parcel> pack(ShippingMethod method, Temperature temperature, List<ShipmentItem> items,
			List<Integer> indexes) {
		List<Integer> units = new ArrayList<>();
		for (int index : indexes) {
			for (int n = 0; n < items.get(index).quantity(); n++) {
				units.add(index);
			}
		}
		units.sort(Comparator.comparingInt((Integer index) -> items.get(index).grams())
			.thenComparingLong((index) -> items.get(index).size().volume())
			.reversed()
			.thenComparingInt((index) -> index));
		List<Open> open = new ArrayList<>();
		for (int index : units) {
			ShipmentItem item = items.get(index);
			Open target = open.stream().filter((parcel) -> parcel.takes(item)).findFirst().orElseGet(() -> {
				Open parcel = new Open(method.limits());
				open.add(parcel);
				return parcel;
			});
			target.add(index, item);
		}
		return open.stream().map((parcel) -> parcel.close(method, temperature)).toList();
	}

	/** A parcel being filled. */
	private static final class Open {

		private final ParcelLimits limits;

		private final Map<Integer, Integer> units = new LinkedHashMap<>();

		private int grams;

		private long volume;

		private int thickness;

		private int largest;

		private int longest;

		private int middle;

		Open(ParcelLimits limits) {
			this.limits = limits;
		}

		boolean takes(ShipmentItem item) {
			if (this.grams + item.grams() > this.limits.grams()) {
				return false;
			}
			if (this.limits.isThin() && item.size() instanceof Dimensions sides) {
				int stacked = this.thickness + sides.shortest();
				long sum = (long) Math.max(this.longest, sides.longest()) + Math.max(this.middle, sides.middle())
						+ stacked;
				return stacked <= this.limits.shortest() && sum <= this.limits.sumOfSides();
			}
			return this.volume + item.size().volume() <= this.limits.capacity();
		}

		void add(int index, ShipmentItem item) {
			this.units.merge(index, 1, Integer::sum);
			this.grams += item.grams();
			this.volume += item.size().volume();
			this.thickness += item.size().thickness();
			this.largest = Math.max(this.largest, item.size().sumOfSides());
			if (item.size() instanceof Dimensions sides) {
				this.longest = Math.max(this.longest, sides.longest());
				this.middle = Math.max(this.middle, sides.middle());
			}
		}

		Parcel close(ShippingMethod method, Temperature temperature) {
			int sum = this.largest;
			if (this.limits.isThin()) {
				sum = this.longest + this.middle + this.thickness;
			}
			else if (this.units.values().stream().mapToInt(Integer::intValue).sum() > 1) {
				int cube = (int) Math.ceil(3 * Math.cbrt(this.volume));
				sum = Math.max(sum, Math.min(cube, this.limits.sumOfSides()));
			}
			List<Parcel.Line> lines = this.units.entrySet()
				.stream()
				.map((entry) -> new Parcel.Line(entry.getKey(), entry.getValue()))
				.toList();
			return new Parcel(temperature, lines, this.grams, sum, method.bandOf(sum, this.grams));
		}

	}

}
