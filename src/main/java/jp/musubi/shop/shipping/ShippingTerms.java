package jp.musubi.shop.shipping;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.storefront.Storefront;
import jp.musubi.shop.storefront.Storefronts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A producer's shipping terms: the methods it sends by and what they cost to each area of
 * Japan. Its people (or its own systems with the organisation's token) keep them;
 * checkout reads them as one zone table per method. Whoever does not act for the producer
 * learns nothing of them: not found.
 */
@Service
public class ShippingTerms {

	private final ProducerShippingRepository shipping;

	private final Products products;

	private final Storefronts storefronts;

	private final Clock clock;

	ShippingTerms(ProducerShippingRepository shipping, Products products, Storefronts storefronts, Clock clock) {
		this.shipping = shipping;
		this.products = products;
		this.storefronts = storefronts;
		this.clock = clock;
	}

	/**
	 * The producer's zone tables, one per method it offers, in ShippingMethod order;
	 * empty when it has set none.
	 */
	@Transactional(readOnly = true)
	public List<ZoneTable> of(UUID producerId) {
		return this.shipping.findById(producerId).map(ProducerShipping::offer).orElse(ShippingOffer.NONE).zoneTables();
	}

	/**
	 * The producer's offer as its people wrote it, by area; {@link ShippingOffer#NONE}
	 * until they write one.
	 * @throws NotFound when the keeper does not act for that producer
	 */
	@Transactional(readOnly = true)
	public ShippingOffer offer(Keeper keeper, UUID producerId) {
		this.products.requireProducer(keeper, producerId);
		return this.shipping.findById(producerId).map(ProducerShipping::offer).orElse(ShippingOffer.NONE);
	}

	/**
	 * Where the producer's parcels leave from unless it says otherwise: the prefecture of
	 * its storefront's location, when it gives one.
	 */
	@Transactional(readOnly = true)
	public Optional<Prefecture> home(UUID producerId) {
		return this.storefronts.find(producerId).map(Storefront::location).map((location) -> location.prefecture());
	}

	/**
	 * Replaces the producer's shipping terms whole. A method without an origin leaves
	 * from the storefront's prefecture.
	 * @throws NotFound when the keeper does not act for that producer
	 * @throws FieldsRefused with every rule the offer breaks; nothing is saved
	 */
	@Transactional
	public ShippingOffer change(Keeper keeper, UUID producerId, ShippingOffer offer) {
		this.products.requireProducer(keeper, producerId);
		Optional<Prefecture> home = home(producerId);
		ShippingOffer placed = new ShippingOffer(offer.methods()
			.stream()
			.map((method) -> (method.origin() != null) ? method : method.from(home.orElse(null)))
			.toList(), offer.freeShipping());
		Optional<ProducerShipping> found = this.shipping.findById(producerId);
		if (found.isPresent()) {
			found.get().change(placed, this.clock.instant());
			return found.get().offer();
		}
		return this.shipping.save(new ProducerShipping(producerId, placed, this.clock.instant())).offer();
	}

}
