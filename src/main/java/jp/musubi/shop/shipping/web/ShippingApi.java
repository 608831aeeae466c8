package jp.musubi.shop.shipping.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.shipping.DeliveryArea;
import jp.musubi.shop.shipping.FreeShipping;
import jp.musubi.shop.shipping.MethodFees;
import jp.musubi.shop.shipping.ShippingMethod;
import jp.musubi.shop.shipping.ShippingOffer;
import jp.musubi.shop.shipping.ShippingTerms;
import jp.musubi.shop.shipping.SizeBand;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A producer's shipping terms for its own systems (the organisation's token) or its
 * people: read and replaced whole, under the page's rules. Fees go by method, delivery
 * area and size ({@code "60"} ... {@code "200"}, {@code "flat"} for a post-box method),
 * so that a refusal ({@code methods[TA_Q_BIN].fees[KANTO][60]}) names the fee that was
 * sent. Another producer's token or person is told it is not found.
 */
@RestController
@RequestMapping("/api/v1/shop/producers/{producerId}/shipping")
@Tag(name = "shop")
class ShippingApi {

	private final ShippingTerms shipping;

	ShippingApi(ShippingTerms shipping) {
		this.shipping = shipping;
	}

	@GetMapping
	@Operation(summary = "The producer's shipping terms: its methods with their origin, fees with tax by area and "
			+ "size, cool surcharges, and free shipping; no methods until it sets them; its own token or people only")
	ShippingBody show(@PathVariable UUID producerId, Authentication authentication) {
		return ShippingBody.of(this.shipping.offer(keeper(authentication, producerId), producerId));
	}

	@PutMapping
	@Operation(summary = "Replace the shipping terms whole: a method left out is not offered, an area left out not "
			+ "served; an area served needs every size of the method, a cool method every size's surcharge; origin "
			+ "defaults to the storefront's prefecture (400 problem+json with every refused field)")
	ShippingBody change(@PathVariable UUID producerId, @RequestBody ShippingBody body, Authentication authentication) {
		Keeper keeper = keeper(authentication, producerId);
		return ShippingBody.of(this.shipping.change(keeper, producerId, body.toOffer()));
	}

	private static Keeper keeper(Authentication authentication, UUID producerId) {
		return Keeper.of((authentication != null) ? authentication.getPrincipal() : null, "producer", producerId);
	}

	/** A producer's shipping terms, as sent and as read. */
	record ShippingBody(
			@Schema(description = "By method: TA_Q_BIN, COOL_TA_Q_BIN, NEKOPOS, YU_PACK, "
					+ "CHILLED_YU_PACK, YU_PACKET") Map<String, MethodBody> methods,
			@Schema(description = "Leave out for none") FreeShippingBody freeShipping) {

		static ShippingBody of(ShippingOffer offer) {
			Map<String, MethodBody> methods = new LinkedHashMap<>();
			for (MethodFees fees : offer.methods()) {
				Map<String, Map<String, Yen>> byArea = new LinkedHashMap<>();
				for (DeliveryArea area : DeliveryArea.values()) {
					if (fees.serves(area)) {
						Map<String, Yen> byBand = new LinkedHashMap<>();
						fees.method()
							.bands()
							.forEach((band) -> fees.fee(area, band)
								.ifPresent((fee) -> byBand.put(band.toString(), fee)));
						byArea.put(area.name(), byBand);
					}
				}
				Map<String, Yen> cool = new LinkedHashMap<>();
				fees.method()
					.bands()
					.forEach((band) -> fees.coolSurcharge(band).ifPresent((fee) -> cool.put(band.toString(), fee)));
				methods.put(fees.method().name(),
						new MethodBody(fees.origin().code(), byArea, cool.isEmpty() ? null : cool));
			}
			return new ShippingBody(methods,
					offer.freeShipping()
						.map((free) -> new FreeShippingBody(free.threshold(), free.coversCool()))
						.orElse(null));
		}

		ShippingOffer toOffer() {
			List<MethodFees> offered = new ArrayList<>();
			if (this.methods != null) {
				this.methods.forEach((name, body) -> {
					ShippingMethod method = Arrays.stream(ShippingMethod.values())
						.filter((known) -> known.name().equals(name))
						.findFirst()
						.orElseThrow(() -> new InputRefused("methods", "shop.shipping.refused.method"));
					if (body != null) {
						offered.add(body.toFees(method));
					}
				});
			}
			Optional<FreeShipping> free = Optional.ofNullable(this.freeShipping)
				.filter((body) -> body.threshold() != null)
				.map((body) -> new FreeShipping(body.threshold(), Boolean.TRUE.equals(body.coversCool())));
			return new ShippingOffer(offered, free);
		}

	}

	record MethodBody(
			@Schema(description = "JIS X 0401 code, 01 to 47; left out: the storefront's prefecture",
					example = "07") String origin,
			@Schema(description = "Fees with tax by area (HOKKAIDO, NORTH_TOHOKU, SOUTH_TOHOKU, KANTO, SHINETSU, "
					+ "HOKURIKU, CHUBU, KANSAI, CHUGOKU, SHIKOKU, KYUSHU, OKINAWA), then by size") Map<String, Map<String, Yen>> fees,
			@Schema(description = "Cool methods only: the surcharge by size") Map<String, Yen> coolSurcharges) {

		MethodFees toFees(ShippingMethod method) {
			Prefecture from = null;
			if (this.origin != null && !this.origin.isBlank()) {
				from = Prefecture.ofCode(this.origin.strip())
					.orElseThrow(
							() -> new InputRefused(MethodFees.originField(method), "shop.shipping.refused.origin"));
			}
			Map<DeliveryArea, Map<SizeBand, Yen>> byArea = new EnumMap<>(DeliveryArea.class);
			if (this.fees != null) {
				this.fees.forEach((name, byBand) -> {
					DeliveryArea area = Arrays.stream(DeliveryArea.values())
						.filter((known) -> known.name().equals(name))
						.findFirst()
						.orElseThrow(
								() -> new InputRefused(MethodFees.feesField(method), "shop.shipping.refused.area"));
					byArea.put(area, bands(method, byBand,
							(band) -> MethodFees.feesField(method) + "[" + name + "][" + band + "]"));
				});
			}
			return new MethodFees(method, from, byArea, bands(method, this.coolSurcharges,
					(band) -> "methods[" + method.name() + "].coolSurcharges[" + band + "]"));
		}

		private static Map<SizeBand, Yen> bands(ShippingMethod method, Map<String, Yen> byName,
				java.util.function.UnaryOperator<String> fieldOf) {
			Map<SizeBand, Yen> byBand = new LinkedHashMap<>();
			if (byName != null) {
				byName.forEach((name, fee) -> {
					SizeBand band = method.bands()
						.stream()
						.filter((known) -> known.toString().equals(name))
						.findFirst()
						.orElseThrow(
								() -> new InputRefused(fieldOf.apply(name), "shop.shipping.refused.bandNotOffered"));
					if (fee != null) {
						byBand.put(band, fee);
					}
				});
			}
			return byBand;
		}

	}

	record FreeShippingBody(@Schema(description = "Order subtotal with tax from which carriage is free") Yen threshold,
			@Schema(description = "Whether the cool surcharge is waived too") Boolean coversCool) {

	}

}
