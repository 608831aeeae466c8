package jp.musubi.shop.shipping;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.text.Prefecture;

/**
 * A producer's shipping terms as kept: one per producer, changed whole. Fees are kept by
 * delivery area, as the producer writes them, and spread over prefectures only when read.
 */
@Entity
@Table(name = "shop_shipping")
class ProducerShipping {

	@Id
	@Column(name = "producer_id")
	private UUID producerId;

	@Column(name = "free_threshold")
	private Yen freeThreshold;

	@Column(name = "free_covers_cool", nullable = false)
	private boolean freeCoversCool;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "shop_shipping_method", joinColumns = @JoinColumn(name = "producer_id"))
	private Set<OfferedMethod> methods = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "shop_shipping_fee", joinColumns = @JoinColumn(name = "producer_id"))
	private Set<AreaFee> fees = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "shop_shipping_cool_surcharge", joinColumns = @JoinColumn(name = "producer_id"))
	private Set<CoolSurcharge> coolSurcharges = new HashSet<>();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	/** A wrapper, so that a new one with its id already given is saved as new. */
	@Version
	private Long version;

	protected ProducerShipping() {
	}

	ProducerShipping(UUID producerId, ShippingOffer offer, Instant now) {
		this.producerId = producerId;
		change(offer, now);
	}

	/**
	 * Takes the offer whole, or nothing of it.
	 * @throws FieldsRefused with every rule the offer breaks
	 */
	final void change(ShippingOffer offer, Instant now) {
		offer.requireValid();
		this.methods.clear();
		this.fees.clear();
		this.coolSurcharges.clear();
		for (MethodFees method : offer.methods()) {
			this.methods.add(new OfferedMethod(method.method(), method.origin().code()));
			method.fees()
				.forEach((area, byBand) -> byBand.forEach(
						(band, fee) -> this.fees.add(new AreaFee(method.method(), area, band.centimetres(), fee))));
			method.coolSurcharges()
				.forEach((band, surcharge) -> this.coolSurcharges
					.add(new CoolSurcharge(method.method(), band.centimetres(), surcharge)));
		}
		this.freeThreshold = offer.freeShipping().map(FreeShipping::threshold).orElse(null);
		this.freeCoversCool = offer.freeShipping().map(FreeShipping::coversCool).orElse(false);
		this.updatedAt = now;
	}

	ShippingOffer offer() {
		Map<ShippingMethod, Map<DeliveryArea, Map<SizeBand, Yen>>> feesByMethod = new EnumMap<>(ShippingMethod.class);
		for (AreaFee fee : this.fees) {
			feesByMethod.computeIfAbsent(fee.method(), (method) -> new EnumMap<>(DeliveryArea.class))
				.computeIfAbsent(fee.area(), (area) -> new HashMap<>())
				.put(band(fee.method(), fee.bandCm()), fee.fee());
		}
		Map<ShippingMethod, Map<SizeBand, Yen>> coolByMethod = new EnumMap<>(ShippingMethod.class);
		for (CoolSurcharge surcharge : this.coolSurcharges) {
			coolByMethod.computeIfAbsent(surcharge.method(), (method) -> new HashMap<>())
				.put(band(surcharge.method(), surcharge.bandCm()), surcharge.surcharge());
		}
		List<MethodFees> offered = this.methods.stream()
			.map((method) -> new MethodFees(method.method(), Prefecture.ofCode(method.origin()).orElseThrow(),
					feesByMethod.getOrDefault(method.method(), Map.of()),
					coolByMethod.getOrDefault(method.method(), Map.of())))
			.toList();
		Optional<FreeShipping> free = Optional.ofNullable(this.freeThreshold)
			.map((threshold) -> new FreeShipping(threshold, this.freeCoversCool));
		return new ShippingOffer(offered, free);
	}

	UUID producerId() {
		return this.producerId;
	}

	private static SizeBand band(ShippingMethod method, int centimetres) {
		return method.bands()
			.stream()
			.filter((band) -> band.centimetres() == centimetres)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No band of " + centimetres + " cm for " + method));
	}

	@Embeddable
	record OfferedMethod(@Enumerated(EnumType.STRING) @Column(name = "method", nullable = false) ShippingMethod method,
			@Column(name = "origin", nullable = false) String origin) {

	}

	@Embeddable
	record AreaFee(@Enumerated(EnumType.STRING) @Column(name = "method", nullable = false) ShippingMethod method,
			@Enumerated(EnumType.STRING) @Column(name = "area", nullable = false) DeliveryArea area,
			@Column(name = "band_cm", nullable = false) int bandCm, @Column(name = "fee", nullable = false) Yen fee) {

	}

	@Embeddable
	record CoolSurcharge(@Enumerated(EnumType.STRING) @Column(name = "method", nullable = false) ShippingMethod method,
			@Column(name = "band_cm", nullable = false) int bandCm,
			@Column(name = "surcharge", nullable = false) Yen surcharge) {

	}

}
