package jp.musubi.shop.shipping.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.money.YenInput;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.shop.shipping.DeliveryArea;
import jp.musubi.shop.shipping.FreeShipping;
import jp.musubi.shop.shipping.MethodFees;
import jp.musubi.shop.shipping.ShippingMethod;
import jp.musubi.shop.shipping.ShippingOffer;
import jp.musubi.shop.shipping.SizeBand;

import org.springframework.validation.BindingResult;

/**
 * The producer's shipping page: for every method a box to offer it, its origin, a table
 * of fees with a row per area and a column per size (blank row: not served), and the cool
 * surcharges; then free shipping. Fees are kept as typed, so that a page sent back shows
 * what the producer wrote, and read by {@link Yen#parse}.
 */
public class ShippingForm {

	private static final Pattern DOMAIN_FEE = Pattern.compile("\\.fees\\[(\\w+)\\]\\[(\\w+)\\]$");

	private static final Pattern DOMAIN_FEES = Pattern.compile("^(methods\\[\\w+\\])\\.fees$");

	private final Map<String, MethodForm> methods = new LinkedHashMap<>();

	private String freeThreshold;

	private boolean freeCoversCool;

	public ShippingForm() {
		for (ShippingMethod method : ShippingMethod.values()) {
			this.methods.put(method.name(), new MethodForm(method));
		}
	}

	/**
	 * The page for the offer as kept; a method not offered yet starts from the producer's
	 * own prefecture.
	 */
	static ShippingForm of(ShippingOffer offer, Optional<Prefecture> home) {
		ShippingForm form = new ShippingForm();
		YenInput amounts = new YenInput();
		form.methods.forEach((name, row) -> row.setOrigin(home.map(Prefecture::code).orElse(null)));
		for (MethodFees fees : offer.methods()) {
			MethodForm row = form.methods.get(fees.method().name());
			row.setOffered(true);
			row.setOrigin(fees.origin().code());
			fees.fees()
				.forEach((area, byBand) -> byBand
					.forEach((band, fee) -> row.fees.put(key(area, band), amounts.print(fee, null))));
			fees.coolSurcharges()
				.forEach((band, fee) -> row.coolSurcharges.put(band.toString(), amounts.print(fee, null)));
		}
		offer.freeShipping().ifPresent((free) -> {
			form.freeThreshold = amounts.print(free.threshold(), null);
			form.freeCoversCool = free.coversCool();
		});
		return form;
	}

	/**
	 * The offer the page asks for, or {@code null} with each amount that is not one
	 * marked on its field.
	 */
	ShippingOffer toOffer(BindingResult errors) {
		List<MethodFees> offered = new ArrayList<>();
		for (ShippingMethod method : ShippingMethod.values()) {
			MethodForm row = this.methods.get(method.name());
			if (row != null && row.isOffered()) {
				offered.add(row.toFees(method, errors));
			}
		}
		Optional<FreeShipping> free = Optional.empty();
		if (this.freeThreshold != null && !this.freeThreshold.isBlank()) {
			Optional<Yen> threshold = Yen.parse(this.freeThreshold);
			if (threshold.isEmpty()) {
				errors.rejectValue("freeThreshold", "typeMismatch.jp.musubi.platform.money.Yen");
			}
			free = threshold.map((amount) -> new FreeShipping(amount, this.freeCoversCool));
		}
		return errors.hasErrors() ? null : new ShippingOffer(offered, free);
	}

	/**
	 * Where a refusal of the domain shows on this page: a fee in its cell, "no area" by
	 * the box that offers the method.
	 */
	static String fieldOf(String domainField) {
		String field = DOMAIN_FEE.matcher(domainField).replaceFirst(".fees[$1-$2]");
		return DOMAIN_FEES.matcher(field).replaceFirst("$1.offered");
	}

	/** The key of a fee's cell in a method's table: {@code KANTO-60}. */
	static String key(DeliveryArea area, SizeBand band) {
		return area.name() + "-" + band;
	}

	public Map<String, MethodForm> getMethods() {
		return this.methods;
	}

	public String getFreeThreshold() {
		return this.freeThreshold;
	}

	public void setFreeThreshold(String freeThreshold) {
		this.freeThreshold = freeThreshold;
	}

	public boolean isFreeCoversCool() {
		return this.freeCoversCool;
	}

	public void setFreeCoversCool(boolean freeCoversCool) {
		this.freeCoversCool = freeCoversCool;
	}

	/** One method's part of the page. */
	public static class MethodForm {

		private final ShippingMethod method;

		private boolean offered;

		private String origin;

		private final Map<String, String> fees = new LinkedHashMap<>();

		private final Map<String, String> coolSurcharges = new LinkedHashMap<>();

		MethodForm(ShippingMethod method) {
			this.method = method;
			for (DeliveryArea area : DeliveryArea.values()) {
				method.bands().forEach((band) -> this.fees.put(key(area, band), null));
			}
			if (method.isCool()) {
				method.bands().forEach((band) -> this.coolSurcharges.put(band.toString(), null));
			}
		}

		private MethodFees toFees(ShippingMethod method, BindingResult errors) {
			String prefix = "methods[" + method.name() + "].";
			Map<DeliveryArea, Map<SizeBand, Yen>> byArea = new EnumMap<>(DeliveryArea.class);
			for (DeliveryArea area : DeliveryArea.values()) {
				Map<SizeBand, Yen> byBand = new LinkedHashMap<>();
				for (SizeBand band : method.bands()) {
					amount(this.fees.get(key(area, band)), prefix + "fees[" + key(area, band) + "]", errors)
						.ifPresent((fee) -> byBand.put(band, fee));
				}
				byArea.put(area, byBand);
			}
			Map<SizeBand, Yen> cool = new LinkedHashMap<>();
			for (SizeBand band : method.isCool() ? method.bands() : List.<SizeBand>of()) {
				amount(this.coolSurcharges.get(band.toString()), prefix + "coolSurcharges[" + band + "]", errors)
					.ifPresent((fee) -> cool.put(band, fee));
			}
			Prefecture from = (this.origin == null) ? null : Prefecture.ofCode(this.origin.strip()).orElse(null);
			return new MethodFees(method, from, byArea, cool);
		}

		private static Optional<Yen> amount(String typed, String field, BindingResult errors) {
			if (typed == null || typed.isBlank()) {
				return Optional.empty();
			}
			Optional<Yen> amount = Yen.parse(typed);
			if (amount.isEmpty()) {
				errors.rejectValue(field, "typeMismatch.jp.musubi.platform.money.Yen");
			}
			return amount;
		}

		public ShippingMethod getMethod() {
			return this.method;
		}

		public boolean isOffered() {
			return this.offered;
		}

		public void setOffered(boolean offered) {
			this.offered = offered;
		}

		public String getOrigin() {
			return this.origin;
		}

		public void setOrigin(String origin) {
			this.origin = origin;
		}

		public Map<String, String> getFees() {
			return this.fees;
		}

		public Map<String, String> getCoolSurcharges() {
			return this.coolSurcharges;
		}

	}

}
