package jp.musubi.shop.privacy;

import jp.musubi.accounts.AccountErased;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Forgets a buyer who erased their account. The products they waited for go. Their orders
 * stay, as the record of a sale the agent keeps for seven years (消費税法 第30条, 第57条の4), but
 * no longer lead to them: the account, the name, the mail address, the phone, the street,
 * the birth date and a gift's recipient are removed. A shop's invoice to a consumer may
 * be a simplified one (適格簡易請求書), which names no buyer; the prefecture stays for the
 * region's figures.
 */
@Service
class BuyerErasure {

	private final JdbcClient jdbc;

	BuyerErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AccountErased erased) {
		this.jdbc.sql("DELETE FROM shop_season_watch WHERE person_id = :person")
			.param("person", erased.accountId())
			.update();
		String pseudonym = AccountErased.pseudonym();
		this.jdbc.sql("""
				UPDATE shop_order SET person_id = NULL, buyer_name = :pseudonym, email = :address, buyer_phone = '',
				       buyer_address = '', birth_date = NULL, recipient_name = NULL, recipient_phone = NULL,
				       recipient_postal_code = NULL, recipient_prefecture = NULL, recipient_address = NULL,
				       version = version + 1
				WHERE person_id = :person""")
			.param("pseudonym", pseudonym)
			// A mail still due (a reminder) goes nowhere: .invalid is reserved (RFC
			// 2606).
			.param("address", pseudonym.substring(1) + "@erased.invalid")
			.param("person", erased.accountId())
			.update();
	}

}
