package jp.musubi.shop.shipping;

import java.util.Objects;
import java.util.Optional;

import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.text.PostalCode;
import jp.musubi.platform.text.Prefecture;

/**
 * Where a shipment goes, as far as shipping cares: the prefecture (fees and transit go by
 * prefecture) and the postal code, with the island rule the code falls under, if any.
 */
public record Destination(Prefecture prefecture, PostalCode postalCode, Optional<IslandRule> island) {

	public Destination {
		Objects.requireNonNull(prefecture, "prefecture");
		Objects.requireNonNull(postalCode, "postalCode");
		Objects.requireNonNull(island, "island");
	}

	/**
	 * The destination with the postal code as the buyer typed it, looked up in the
	 * islands.
	 * @throws InputRefused on {@code postalCode} when it is not seven digits
	 */
	public static Destination of(Prefecture prefecture, String typedPostalCode, Islands islands) {
		PostalCode code = PostalCode.parse(typedPostalCode)
			.orElseThrow(() -> new InputRefused("postalCode", "shop.shipping.refused.postalCode"));
		return new Destination(prefecture, code, islands.ruleFor(code));
	}

	/** Whether a cool parcel may be sent here: anywhere but the islands that say not. */
	public boolean coolReachable() {
		return this.island.map(IslandRule::coolReachable).orElse(true);
	}

	public int extraTransitDays() {
		return this.island.map(IslandRule::extraTransitDays).orElse(0);
	}

}
