package jp.musubi.shop.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.musubi.accounts.PersonalDataPart;
import jp.musubi.accounts.PersonalRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The shop's part of a person's download: the orders they placed as a member, with their
 * lines, the products they wait for, and the commissions they set as the agent's staff.
 */
@Component
class BuyerData implements PersonalDataPart {

	private final PersonalRows rows;

	BuyerData(JdbcClient jdbc) {
		this.rows = new PersonalRows(jdbc);
	}

	@Override
	public String name() {
		return "shop";
	}

	@Override
	public Map<String, Object> of(UUID person) {
		Map<String, Object> part = new LinkedHashMap<>();
		List<Map<String, Object>> orders = this.rows.of("""
				SELECT id, number, state, placed_at, email, buyer_name, buyer_phone, buyer_postal_code,
				       buyer_prefecture, buyer_address, recipient_name, recipient_phone, recipient_postal_code,
				       recipient_prefecture, recipient_address, language, payment_method, items_total, shipping_total,
				       cod_fee_total, total, birth_date, pay_by, paid_at, closed_at
				FROM shop_order WHERE person_id = :person ORDER BY placed_at""", person);
		part.put("orders", orders);
		part.put("orderLines", this.rows.of("""
				SELECT l.order_id, l.product_name, l.size_label, l.unit_price, l.tax_rate, l.quantity, l.ship_date
				FROM shop_order_line l JOIN shop_order o ON o.id = l.order_id
				WHERE o.person_id = :person ORDER BY o.placed_at, l.position""", person));
		part.put("productsWaitedFor", this.rows.of("""
				SELECT id, product_id, asked_at, told_at FROM shop_season_watch
				WHERE person_id = :person ORDER BY asked_at""", person));
		part.put("commissionsSet", this.rows.of("""
				SELECT id, producer_id, effective_from, percent, set_at FROM shop_commission
				WHERE set_by = :person ORDER BY set_at""", person));
		return part;
	}

}
