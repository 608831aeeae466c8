package jp.musubi.shop.shipping;

import java.util.List;
import java.util.Set;

/**
 * A carrier's service a producer may offer: what it carries at which temperature, the
 * largest parcel it takes, its price steps, and whether the buyer may choose a delivery
 * date and time slot. Date and slot belong to the method, never to the shop: a post-box
 * method delivers when it arrives, so a page offers no picker for it.
 * <p>
 * Limits as the carriers publish them (checked in December 2026 from public pages): 宅急便
 * up to 200 cm (longest side 170 cm) and 30 kg, with 180 and 200 sizes since October
 * 2021; クール宅急便 up to 120 cm and 15 kg; ゆうパック up to 170 cm and 25 kg (重量ゆうパック above 25 kg
 * is left out); チルドゆうパック up to 150 cm (longest side 1 m) and 25 kg; ネコポス 31.2 × 22.8 cm,
 * 3 cm thick (2.5 cm before 10 November 2025), 1 kg; ゆうパケット 60 cm, longest side 34 cm, 3
 * cm thick, 1 kg.
 */
public enum ShippingMethod {

	/** 宅急便. */
	TA_Q_BIN(Carrier.YAMATO, Set.of(Temperature.AMBIENT), ParcelLimits.box(200, 170, 30), Bands.YAMATO, true,
			Slots.YAMATO),
	/** クール宅急便, chilled or frozen. */
	COOL_TA_Q_BIN(Carrier.YAMATO, Set.of(Temperature.CHILLED, Temperature.FROZEN),
			ParcelLimits.box(120, ParcelLimits.NONE, 15), Bands.YAMATO.subList(0, 4), true, Slots.YAMATO),
	/** ネコポス: into the letter box, no date, no slot. */
	NEKOPOS(Carrier.YAMATO, Set.of(Temperature.AMBIENT), new ParcelLimits(ParcelLimits.NONE, 312, 228, 30, 1000),
			List.of(SizeBand.flat(1000)), false, List.of()),
	/** ゆうパック. */
	YU_PACK(Carrier.JAPAN_POST, Set.of(Temperature.AMBIENT), ParcelLimits.box(170, ParcelLimits.NONE, 25),
			Bands.japanPost(60, 80, 100, 120, 140, 160, 170), true, Slots.YU_PACK),
	/** チルドゆうパック: chilled only; Japan Post's frozen service is for contract customers. */
	CHILLED_YU_PACK(Carrier.JAPAN_POST, Set.of(Temperature.CHILLED), ParcelLimits.box(150, 100, 25),
			Bands.japanPost(60, 80, 100, 120, 140, 150), true, Slots.YU_PACK),
	/** ゆうパケット: into the letter box, no date, no slot. */
	YU_PACKET(Carrier.JAPAN_POST, Set.of(Temperature.AMBIENT), new ParcelLimits(600, 340, ParcelLimits.NONE, 30, 1000),
			List.of(SizeBand.flat(1000)), false, List.of());

	/**
	 * How many days after the planned ship date a buyer may ask for delivery. The
	 * carriers keep a dated parcel a few days at most, and fresh food should not wait
	 * longer: a shop rule, not a carrier's.
	 */
	public static final int LATEST_DAYS_AFTER_SHIPPING = 7;

	private final Carrier carrier;

	private final Set<Temperature> temperatures;

	private final ParcelLimits limits;

	private final List<SizeBand> bands;

	private final boolean takesDate;

	private final List<TimeSlot> slots;

	ShippingMethod(Carrier carrier, Set<Temperature> temperatures, ParcelLimits limits, List<SizeBand> bands,
			boolean takesDate, List<TimeSlot> slots) {
		this.carrier = carrier;
		this.temperatures = Set.copyOf(temperatures);
		this.limits = limits;
		this.bands = List.copyOf(bands);
		this.takesDate = takesDate;
		this.slots = List.copyOf(slots);
	}

	public Carrier carrier() {
		return this.carrier;
	}

	public Set<Temperature> temperatures() {
		return this.temperatures;
	}

	public boolean carries(Temperature temperature) {
		return this.temperatures.contains(temperature);
	}

	/** Chilled or frozen only: the carrier's cool service. */
	public boolean isCool() {
		return this.temperatures.stream().allMatch(Temperature::isCool);
	}

	public ParcelLimits limits() {
		return this.limits;
	}

	/** The price steps, smallest first; one flat step for a post-box method. */
	public List<SizeBand> bands() {
		return this.bands;
	}

	/**
	 * Whether the buyer may choose a delivery date; post-box methods deliver when they
	 * arrive.
	 */
	public boolean takesDate() {
		return this.takesDate;
	}

	/**
	 * The time slots a buyer may choose, in the order of the day; none for post-box
	 * methods.
	 */
	public List<TimeSlot> slots() {
		return this.slots;
	}

	public boolean offers(TimeSlot slot) {
		return this.slots.contains(slot);
	}

	/**
	 * The price step of a parcel of this sum of sides and weight: the smallest that holds
	 * both. The limits were checked when the parcel was made, so there always is one.
	 */
	SizeBand bandOf(int sumOfSidesMillimetres, int grams) {
		return this.bands.stream()
			.filter((band) -> band.holds(sumOfSidesMillimetres, grams))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"No band of " + this + " for " + sumOfSidesMillimetres + " mm, " + grams + " g"));
	}

	public String messageKey() {
		return "shop.shipping.method." + name();
	}

	private static final class Bands {

		/**
		 * Yamato's sizes and the heaviest parcel of each: the size is the larger of what
		 * the sides and the weight make it.
		 */
		static final List<SizeBand> YAMATO = List.of(new SizeBand(60, 2_000), new SizeBand(80, 5_000),
				new SizeBand(100, 10_000), new SizeBand(120, 15_000), new SizeBand(140, 20_000),
				new SizeBand(160, 25_000), new SizeBand(180, 30_000), new SizeBand(200, 30_000));

		/** Japan Post prices ゆうパック by size alone, up to 25 kg for every size. */
		static List<SizeBand> japanPost(int... centimetres) {
			return java.util.Arrays.stream(centimetres).mapToObj((cm) -> new SizeBand(cm, 25_000)).toList();
		}

	}

	private static final class Slots {

		/** Yamato's slots since June 2017. */
		static final List<TimeSlot> YAMATO = List.of(TimeSlot.MORNING, TimeSlot.FROM_14_TO_16, TimeSlot.FROM_16_TO_18,
				TimeSlot.FROM_18_TO_20, TimeSlot.FROM_19_TO_21);

		static final List<TimeSlot> YU_PACK = List.of(TimeSlot.MORNING, TimeSlot.FROM_12_TO_14, TimeSlot.FROM_14_TO_16,
				TimeSlot.FROM_16_TO_18, TimeSlot.FROM_18_TO_20, TimeSlot.FROM_19_TO_21);

	}

}
