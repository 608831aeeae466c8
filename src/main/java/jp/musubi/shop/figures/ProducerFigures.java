package jp.musubi.shop.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.musubi.platform.disclosure.CountTable;
import jp.musubi.platform.disclosure.Protection;
import jp.musubi.platform.disclosure.Suppression;
import jp.musubi.platform.text.Prefecture;

/**
 * One producer's sales in a period, its own lines only, as its people read them. What it
 * packs and sends it knows already: its goods and orders, where its parcels went, what
 * sold, how many buyers it had. Where its buyers live it does not (a gift's label names
 * the recipient, and the producer as the sender): those are counts of people, and a count
 * of fewer than {@link #PROTECTION}'s threshold is hidden, with the goods and orders
 * beside it, and so is any count it could be worked out from (the other side of the
 * region, other prefectures), so that a producer cannot tell where the buyers who sent
 * gifts live. The audit takes the producer's total of buyers as known, as its goods and
 * orders are, so that no hidden goods or orders are the total less what is shown either.
 * A hidden prefecture is not named (that someone there bought is itself the secret): the
 * hidden ones are one row of others. How many of its buyers came back is shown only when
 * neither they nor the others are few. Buyers per delivery address are not counted for a
 * producer: that parcels to different people came from one buyer is not its to know.
 *
 * @param total its goods, orders and buyers
 * @param byDelivery by the address the parcels went to: goods and orders, no buyers
 * @param inside its buyers living in the region
 * @param byBuyerPrefecture the prefectures shown, in JIS order
 * @param othersHidden whether buyers of prefectures not shown are hidden
 * @param repeatBuyers {@code null} when hidden
 */
public record ProducerFigures(UUID producerId, SalesPeriod period, Prefecture region, SalesCount total,
		RegionSplit byDelivery, GuardedSales inside, GuardedSales outside, List<PrefectureSales> byBuyerPrefecture,
		boolean othersHidden, RepeatBuyers repeatBuyers, List<ProductSales> topProducts) {

	/**
	 * The threshold rule the tourism figures keep by default too: MHLW's NDB open data
	 * hides counts under 10 people.
	 */
	public static final Protection PROTECTION = new Protection(10);

	static ProducerFigures of(UUID producerId, SalesFigures sales) {
		CountTable table = new CountTable();
		List<Integer> cells = new ArrayList<>();
		List<Integer> outsideCells = new ArrayList<>();
		for (PrefectureSales row : sales.byBuyerPrefecture()) {
			int cell = table.count(row.prefecture().code(), row.sales().buyers());
			cells.add(cell);
			if (!row.inRegion()) {
				outsideCells.add(cell);
			}
		}
		int outside = table.count("outside", sales.byBuyer().outside().sales().buyers());
		int total = table.known("total", sales.total().buyers());
		table.total(total, cells);
		table.total(outside, outsideCells);
		Suppression suppression = Suppression.of(table, PROTECTION);

		GuardedSales inside = new GuardedSales(SalesCount.NONE);
		List<PrefectureSales> shown = new ArrayList<>();
		boolean othersHidden = false;
		for (int k = 0; k < cells.size(); k++) {
			PrefectureSales row = sales.byBuyerPrefecture().get(k);
			GuardedSales guarded = guard(suppression, cells.get(k), row.sales());
			if (row.inRegion()) {
				inside = guarded;
			}
			if (guarded.isHidden()) {
				othersHidden = true;
			}
			else {
				shown.add(row);
			}
		}
		RepeatBuyers repeat = sales.repeatBuyers();
		boolean fewRepeat = PROTECTION.isSmall(repeat.repeaters())
				|| PROTECTION.isSmall(repeat.buyers() - repeat.repeaters());
		RegionSplit delivered = sales.byDelivery();
		return new ProducerFigures(producerId, sales.period(), sales.region(), sales.total(),
				RegionSplit.of(withoutBuyers(delivered.inside().sales()), withoutBuyers(delivered.outside().sales()),
						0),
				inside, guard(suppression, outside, sales.byBuyer().outside().sales()), shown, othersHidden,
				fewRepeat ? null : repeat, sales.topProducts());
	}

	private static GuardedSales guard(Suppression suppression, int cell, SalesCount sales) {
		return suppression.isHidden(cell) ? GuardedSales.HIDDEN : new GuardedSales(sales);
	}

	private static SalesCount withoutBuyers(SalesCount sales) {
		return new SalesCount(sales.yen(), sales.orders(), 0);
	}

	public boolean hasSales() {
		return this.total.orders() > 0;
	}

	public int threshold() {
		return PROTECTION.threshold();
	}

}
