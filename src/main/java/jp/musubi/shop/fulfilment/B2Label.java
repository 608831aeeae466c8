package jp.musubi.shop.fulfilment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.text.PostalCode;
import jp.musubi.shop.shipping.Temperature;
import jp.musubi.shop.shipping.TimeSlot;

/**
 * One 送り状 (shipping label) as B2クラウド imports it: one row of its 送り状発行データ, in the shop's
 * terms. The rules here are the ones B2 states for the combination of columns, so that a
 * row B2 would refuse is never written: cool service only for 発払・コレクト・着払, a time slot
 * only for the 宅急便 kinds and only one Yamato has, an amount to collect exactly when the
 * kind collects one. Text that is too long for its column is not judged here:
 * {@link B2Csv} cuts it where the column ends.
 *
 * @param customerReference our reference for the shipment (お客様管理番号), printable ASCII of
 * at most 20 characters, as B2 allows; the tracking import matches on it, so it is never
 * cut
 * @param kind the 送り状種別
 * @param temperature the クール区分
 * @param shipDate the 出荷予定日
 * @param deliveryDate the お届け予定（指定）日 the buyer chose, if any
 * @param timeSlot the 配達時間帯 the buyer chose, if any
 * @param recipient the お届け先
 * @param sender the ご依頼主 (the producer, or the shop as its agent)
 * @param itemName the 品名 printed on the label
 * @param collectAmount for a collecting kind, the amount the driver collects, tax
 * included
 * @param collectTax for a collecting kind, the consumption tax within it, when known
 * @param parcels how many labels to print for the shipment (発行枚数), at least one
 * @param billingCustomerCode the ご請求先顧客コード of the producer's Yamato contract, 10 to 12
 * digits
 * @param freightNumber the 運賃管理番号 of that contract, two digits
 */
public record B2Label(String customerReference, Kind kind, Temperature temperature, LocalDate shipDate,
		Optional<LocalDate> deliveryDate, Optional<TimeSlot> timeSlot, Party recipient, Party sender, String itemName,
		Optional<Yen> collectAmount, Optional<Yen> collectTax, int parcels, String billingCustomerCode,
		String freightNumber) {

	private static final Pattern REFERENCE = Pattern.compile("[!#-+\\--~]{1,20}");

	private static final Pattern BILLING_CUSTOMER_CODE = Pattern.compile("\\d{10,12}");

	private static final Pattern FREIGHT_NUMBER = Pattern.compile("\\d{2}");

	/** Seven digits, the width of the コレクト columns. */
	private static final Yen LARGEST_COLLECT = Yen.of(9_999_999);

	public B2Label {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(temperature, "temperature");
		Objects.requireNonNull(shipDate, "shipDate");
		Objects.requireNonNull(deliveryDate, "deliveryDate");
		Objects.requireNonNull(timeSlot, "timeSlot");
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(sender, "sender");
		Objects.requireNonNull(collectAmount, "collectAmount");
		Objects.requireNonNull(collectTax, "collectTax");
		itemName = Objects.requireNonNullElse(itemName, "");
		if (customerReference == null || !REFERENCE.matcher(customerReference).matches()) {
			throw new IllegalArgumentException("Not a B2 customer reference: " + customerReference);
		}
		if (temperature.isCool() && !kind.takesCool()) {
			throw new IllegalArgumentException(kind + " cannot travel " + temperature);
		}
		if (timeSlot.isPresent() && (!kind.takesTimeSlot() || timeSlot.get().b2Code().isEmpty())) {
			throw new IllegalArgumentException(kind + " cannot take the slot " + timeSlot.get());
		}
		if (deliveryDate.isPresent() && deliveryDate.get().isBefore(shipDate)) {
			throw new IllegalArgumentException("Delivery before shipping: " + deliveryDate.get());
		}
		if (kind.collects()) {
			Yen amount = collectAmount.orElseThrow(() -> new IllegalArgumentException(kind + " needs an amount"));
			if (!amount.isGreaterThan(Yen.ZERO) || amount.isGreaterThan(LARGEST_COLLECT)) {
				throw new IllegalArgumentException("Not an amount B2 collects: " + amount);
			}
			if (collectTax.isPresent() && (collectTax.get().isNegative() || collectTax.get().isGreaterThan(amount))) {
				throw new IllegalArgumentException("Tax outside the amount: " + collectTax.get());
			}
		}
		else if (collectAmount.isPresent() || collectTax.isPresent()) {
			throw new IllegalArgumentException(kind + " collects nothing");
		}
		if (parcels < 1 || parcels > 99) {
			throw new IllegalArgumentException("Labels to print: " + parcels);
		}
		if (billingCustomerCode == null || !BILLING_CUSTOMER_CODE.matcher(billingCustomerCode).matches()) {
			throw new IllegalArgumentException("Not a billing customer code: " + billingCustomerCode);
		}
		if (freightNumber == null || !FREIGHT_NUMBER.matcher(freightNumber).matches()) {
			throw new IllegalArgumentException("Not a freight management number: " + freightNumber);
		}
	}

	/**
	 * The 送り状種別: who pays and which Yamato service. DM便 (3) ended in 2024 and タイム (4) and
	 * メール便速達 (6) are not sold to the shop's producers, so they are left out.
	 */
	public enum Kind {

		/** 発払: the sender pays the fare. */
		PREPAID("0", true, true, false),
		/** コレクト: 代金引換, the driver collects the price from the recipient. */
		COLLECT("2", true, true, true),
		/** 着払: the recipient pays the fare. */
		PAID_ON_ARRIVAL("5", true, true, false),
		/** ネコポス: into the post box, no date, no slot, no cool. */
		NEKOPOS("7", false, false, false),
		/** 宅急便コンパクト. */
		COMPACT("8", false, true, false),
		/** 宅急便コンパクトコレクト. */
		COMPACT_COLLECT("9", false, true, true);

		private final String code;

		private final boolean cool;

		private final boolean timeSlot;

		private final boolean collects;

		Kind(String code, boolean cool, boolean timeSlot, boolean collects) {
			this.code = code;
			this.cool = cool;
			this.timeSlot = timeSlot;
			this.collects = collects;
		}

		/** The code B2 takes in column 2. */
		public String code() {
			return this.code;
		}

		/** Whether B2 takes a クール区分 for it (発払・コレクト・着払 only). */
		public boolean takesCool() {
			return this.cool;
		}

		/** Whether B2 takes a 配達時間帯 for it. */
		public boolean takesTimeSlot() {
			return this.timeSlot;
		}

		/** Whether the driver collects an amount (columns 34 and 35). */
		public boolean collects() {
			return this.collects;
		}

	}

	/**
	 * A recipient or a sender as a label prints them.
	 *
	 * @param name the name, a person's or a business's
	 * @param phone the telephone number, digits with or without hyphens
	 * @param postalCode the postal code
	 * @param address the address up to the street number
	 * @param building the building and room, empty when there is none
	 */
	public record Party(String name, String phone, PostalCode postalCode, String address, String building) {

		private static final Pattern PHONE = Pattern.compile("[0-9][0-9-]{8,14}");

		public Party {
			Objects.requireNonNull(postalCode, "postalCode");
			if (name == null || name.isBlank() || address == null || address.isBlank()) {
				throw new IllegalArgumentException("A label needs a name and an address");
			}
			if (phone == null || !PHONE.matcher(phone).matches()) {
				throw new IllegalArgumentException("Not a phone number B2 takes: " + phone);
			}
			building = Objects.requireNonNullElse(building, "");
		}

	}

}
