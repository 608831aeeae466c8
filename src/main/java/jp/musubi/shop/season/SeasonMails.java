package jp.musubi.shop.season;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.PersonSummary;
import jp.musubi.platform.mail.MailListener;
import jp.musubi.platform.mail.Mailer;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.Products;

import org.springframework.stereotype.Component;

@Component
class SeasonMails {

	private final SeasonWatchRepository watches;

	private final Products products;

	private final Accounts accounts;

	private final Mailer mailer;

	SeasonMails(SeasonWatchRepository watches, Products products, Accounts accounts, Mailer mailer) {
		this.watches = watches;
		this.products = products;
		this.accounts = accounts;
		this.mailer = mailer;
	}

	@MailListener
	void on(SeasonOpened opened) {
		SeasonWatch watch = this.watches.findById(opened.watchId()).orElse(null);
		if (watch == null) {
			return;
		}
		PersonSummary person = this.accounts.person(watch.personId()).orElse(null);
		if (person == null) {
			return;
		}
		Product product = this.products.published(watch.productId());
		Locale locale = person.language().locale();
		String name = product.name(person.language());
		Map<String, Object> model = new HashMap<>();
		model.put("name", person.displayName());
		model.put("product", name);
		model.put("path", "/shop/products/" + product.id());
		model.put("stopPath", "/shop/season-watches/" + watch.token());
		this.mailer.once("shop-season-opened:" + opened.eventId())
			.send(person.email(), locale, "shop-season-opened", new Object[] { name }, model);
	}

}
