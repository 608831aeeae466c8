package jp.musubi.shop.storefront;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.UnusableCharacter;

/**
 * What a seller by mail order must show before anyone orders (特定商取引法 第11条 and its
 * ordinance 第8条): who sells (the legal name, the address, a telephone number and the
 * person responsible), the prices, what else a buyer pays (shipping), how and when they
 * pay, when the goods are delivered, and how returns and cancellations go, a defective
 * item included. The page 「特定商取引法に基づく表記」 shows it as a seller wrote it.
 *
 * @param legalName 販売業者: the seller's name as registered (a company's name, or a sole
 * proprietor's own name)
 * @param address 所在地: where the business is, in full
 * @param phone 電話番号: one buyers can reach
 * @param responsiblePerson 運営責任者: for a company its representative or the person in
 * charge of the shop
 * @param prices 販売価格
 * @param shippingFees 商品代金以外の必要料金: shipping and any other charge
 * @param returns 返品・キャンセル: whether and until when, who pays, and what happens to a
 * defective or wrong item (不良品)
 */
@Embeddable
public record SellerNotice(@Column(name = "legal_name") String legalName, @Column(name = "address") String address,
		@Column(name = "phone") String phone, @Column(name = "responsible_person") String responsiblePerson,
		@Column(name = "prices") String prices, @Column(name = "shipping_fees") String shippingFees,
		@Column(name = "payment_methods") String paymentMethods, @Column(name = "payment_timing") String paymentTiming,
		@Column(name = "delivery_timing") String deliveryTiming, @Column(name = "returns") String returns) {

	/**
	 * What the shop says of its prices when a seller says nothing else: every product
	 * page shows its price with tax (総額表示), which is what the law asks this line to point
	 * to.
	 */
	public static final String PRICES_ON_PRODUCT_PAGES = "各商品ページに税込価格で表示";

	/** The longest a field may be, in the order of the fields. */
	static final Map<String, Integer> LIMITS = limits();

	public static final SellerNotice EMPTY = new SellerNotice(null, null, null, null, null, null, null, null, null,
			null);

	public SellerNotice {
		legalName = line(legalName);
		address = line(address);
		phone = line(phone);
		responsiblePerson = line(responsiblePerson);
		prices = prose(prices);
		shippingFees = prose(shippingFees);
		paymentMethods = prose(paymentMethods);
		paymentTiming = prose(paymentTiming);
		deliveryTiming = prose(deliveryTiming);
		returns = prose(returns);
	}

	/**
	 * As a seller sends it, with the shop's usual line on prices when they leave it out.
	 */
	public static SellerNotice of(String legalName, String address, String phone, String responsiblePerson,
			String prices, String shippingFees, String paymentMethods, String paymentTiming, String deliveryTiming,
			String returns) {
		return new SellerNotice(legalName, address, phone, responsiblePerson,
				(prose(prices) == null) ? PRICES_ON_PRODUCT_PAGES : prices, shippingFees, paymentMethods, paymentTiming,
				deliveryTiming, returns);
	}

	private static Map<String, Integer> limits() {
		Map<String, Integer> limits = new LinkedHashMap<>();
		limits.put("legalName", 120);
		limits.put("address", 200);
		limits.put("phone", 20);
		limits.put("responsiblePerson", 60);
		limits.put("prices", 1_000);
		limits.put("shippingFees", 2_000);
		limits.put("paymentMethods", 1_000);
		limits.put("paymentTiming", 1_000);
		limits.put("deliveryTiming", 1_000);
		limits.put("returns", 4_000);
		return Map.copyOf(limits);
	}

	/** The fields in the order the law lists them, for pages and for missing ones. */
	public static List<String> fields() {
		return List.of("legalName", "address", "phone", "responsiblePerson", "prices", "shippingFees", "paymentMethods",
				"paymentTiming", "deliveryTiming", "returns");
	}

	/** The value of a field named as {@link #fields()} names it. */
	public String valueOf(String field) {
		return switch (field) {
			case "legalName" -> this.legalName;
			case "address" -> this.address;
			case "phone" -> this.phone;
			case "responsiblePerson" -> this.responsiblePerson;
			case "prices" -> this.prices;
			case "shippingFees" -> this.shippingFees;
			case "paymentMethods" -> this.paymentMethods;
			case "paymentTiming" -> this.paymentTiming;
			case "deliveryTiming" -> this.deliveryTiming;
			case "returns" -> this.returns;
			default -> throw new IllegalArgumentException("No such field: " + field);
		};
	}

	/** The fields the law asks for that are still empty, in the law's order. */
	public List<String> missing() {
		return fields().stream().filter((field) -> valueOf(field) == null).toList();
	}

	/** Whether every item the law asks for is there: only then may a seller sell. */
	public boolean isComplete() {
		return missing().isEmpty() && PhoneNumber.isJapanese(this.phone);
	}

	/**
	 * What is wrong with what was written, each field named with the prefix; an empty
	 * field is refused only when {@code complete} is asked for.
	 */
	void judge(String prefix, boolean complete, List<InputRefused> refusals) {
		for (String field : fields()) {
			String value = valueOf(field);
			if (value == null) {
				if (complete) {
					refusals.add(new InputRefused(prefix + field, "shop.storefront.error.required"));
				}
			}
			else if (value.length() > LIMITS.get(field)) {
				refusals.add(new InputRefused(prefix + field, "shop.storefront.error.length", LIMITS.get(field)));
			}
			else if (UnusableCharacter.firstIn(value).isPresent()) {
				refusals.add(new InputRefused(prefix + field, UnusableCharacter.firstIn(value).get().messageKey()));
			}
		}
		if (this.phone != null && this.phone.length() <= LIMITS.get("phone") && !PhoneNumber.isJapanese(this.phone)) {
			refusals.add(new InputRefused(prefix + "phone", "shop.storefront.error.phone"));
		}
	}

	/** The refusals of a notice that must be complete, as the operator's must. */
	List<InputRefused> refusalsWhole(String prefix) {
		List<InputRefused> refusals = new ArrayList<>();
		judge(prefix, true, refusals);
		return refusals;
	}

	static String line(String text) {
		String tidy = JapaneseText.tidy(text);
		return (tidy == null || tidy.isEmpty()) ? null : tidy;
	}

	static String prose(String text) {
		return (text == null || text.isBlank()) ? null : text.strip().replace("\r\n", "\n");
	}

}
