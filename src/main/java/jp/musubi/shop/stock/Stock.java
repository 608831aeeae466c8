package jp.musubi.shop.stock;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.product.Variant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units of each size that may still be sold. Checkout takes them with one conditional
 * update in the order's own transaction ({@code available >= quantity}), so of many
 * buyers racing for the last units exactly as many win as there are units, without a lock
 * held across the buyer's pages; the database's check makes a count below zero impossible
 * even for a caller that forgot to ask.
 */
@Service
public class Stock {

	/** More than any farm holds; a typo's extra zeros are refused, not believed. */
	public static final int MAX_UNITS = 99_999;

	private final JdbcClient jdbc;

	private final Products products;

	private final Clock clock;

	Stock(JdbcClient jdbc, Products products, Clock clock) {
		this.jdbc = jdbc;
		this.products = products;
		this.clock = clock;
	}

	/**
	 * The units that may be sold of each size asked for; a size never stocked has none.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Integer> available(Collection<UUID> variantIds) {
		Map<UUID, Integer> available = new HashMap<>();
		variantIds.forEach((id) -> available.put(id, 0));
		if (!variantIds.isEmpty()) {
			this.jdbc.sql("SELECT variant_id, available FROM shop_stock WHERE variant_id IN (:ids)")
				.param("ids", List.copyOf(variantIds))
				.query((row, n) -> Map.entry(row.getObject(1, UUID.class), row.getInt(2)))
				.list()
				.forEach((entry) -> available.put(entry.getKey(), entry.getValue()));
		}
		return available;
	}

	/**
	 * Takes units for an order, in the caller's transaction, so that they come back if
	 * the order is not saved.
	 * @return whether there were enough; nothing is taken when there were not
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean take(UUID variantId, int quantity) {
		if (quantity <= 0) {
			throw new IllegalArgumentException("Quantity " + quantity);
		}
		return this.jdbc
			.sql("UPDATE shop_stock SET available = available - :quantity, updated_at = :now"
					+ " WHERE variant_id = :variant AND available >= :quantity")
			.param("quantity", quantity)
			.param("now", now())
			.param("variant", variantId)
			.update() == 1;
	}

	/** Gives back the units of an order that expired, was cancelled or was refused. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void giveBack(UUID variantId, int quantity) {
		this.jdbc
			.sql("UPDATE shop_stock SET available = available + :quantity, updated_at = :now"
					+ " WHERE variant_id = :variant")
			.param("quantity", quantity)
			.param("now", now())
			.param("variant", variantId)
			.update();
	}

	/**
	 * Sets the units of a product's sizes as its producer counted them. Each count says
	 * what the producer saw when they counted; a size whose units changed since (an order
	 * took some) is refused with the count now, so a sale is never written over.
	 * @throws FieldsRefused on {@code counts[variantId]} for a count out of range, a size
	 * not of the product, or a count that changed since it was read; nothing is changed
	 */
	@Transactional
	public Map<UUID, Integer> set(Keeper keeper, UUID productId, List<Count> counts) {
		Product product = this.products.product(keeper, productId);
		Map<UUID, Integer> now = available(product.variants().stream().map(Variant::id).toList());
		List<InputRefused> refusals = new ArrayList<>();
		for (Count count : counts) {
			String field = "counts[" + count.variantId() + "]";
			if (product.variant(count.variantId()).isEmpty()) {
				refusals.add(new InputRefused(field, "shop.stock.refused.unknownSize"));
			}
			else if (count.units() < 0 || count.units() > MAX_UNITS) {
				refusals.add(new InputRefused(field, "shop.stock.refused.range", MAX_UNITS));
			}
			else if (count.seen() != null && !count.seen().equals(now.get(count.variantId()))) {
				refusals.add(new InputRefused(field, "shop.stock.refused.changed", now.get(count.variantId())));
			}
		}
		FieldsRefused.throwIfAny(refusals);
		for (Count count : counts) {
			int changed = this.jdbc
				.sql("UPDATE shop_stock SET available = :units, updated_at = :now WHERE variant_id = :variant"
						+ " AND available = :seen")
				.param("units", count.units())
				.param("now", now())
				.param("variant", count.variantId())
				.param("seen", now.get(count.variantId()))
				.update();
			if (changed == 0 && !exists(count.variantId())) {
				this.jdbc
					.sql("INSERT INTO shop_stock (variant_id, available, updated_at) VALUES (:variant, :units, :now)")
					.param("variant", count.variantId())
					.param("units", count.units())
					.param("now", now())
					.update();
			}
			else if (changed == 0) {
				// An order took units between the read above and this write.
				throw new FieldsRefused(List.of(new InputRefused("counts[" + count.variantId() + "]",
						"shop.stock.refused.changed", available(List.of(count.variantId())).get(count.variantId()))));
			}
		}
		return available(product.variants().stream().map(Variant::id).toList());
	}

	private OffsetDateTime now() {
		return this.clock.instant().atOffset(ZoneOffset.UTC);
	}

	private boolean exists(UUID variantId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM shop_stock WHERE variant_id = :variant")
			.param("variant", variantId)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * A size's units as the producer counted them.
	 *
	 * @param seen the units the producer was shown before counting, or {@code null} to
	 * set them regardless (a producer's system that owns the count)
	 */
	public record Count(UUID variantId, int units, Integer seen) {
	}

}
