/**
 * The regional product shop: producers of the region (farmers, fishers, brewers,
 * confectioners) sell to buyers in the region and far from it, and send each order by a
 * Japanese carrier's method (宅急便, クール宅急便, ゆうパック, ポスト投函) with its own sizes, temperatures,
 * fees and delivery dates. Food and liquor are sold as the law asks: allergens and origin
 * shown, 20歳未満 refused for liquor, the rate of consumption tax per line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regional product shop",
<<<<<<< HEAD
		allowedDependencies = { "accounts", "platform :: calendar", "platform :: i18n", "platform :: mail",
				"platform :: money", "platform :: payment", "platform :: pdf", "platform :: refusal",
				"platform :: region", "platform :: security", "platform :: text", "platform :: web",
				"platform :: zengin" })
=======
		allowedDependencies = { "accounts", "platform :: calendar", "platform :: disclosure", "platform :: i18n",
				"platform :: mail", "platform :: money", "platform :: payment", "platform :: refusal",
				"platform :: region", "platform :: security", "platform :: text", "platform :: web" })
>>>>>>> cd2ef24 (A producer's people see their own sales at /shop/producers/{id}/figures: their lines only, goods, orders, deliveries and best sellers whole, and where their buyers live as counts of people protected by the platform's suppression (under 10 hidden, with partners, the producer's own total taken as known so no hidden goods are the total less the rest; hidden prefectures not named), since a gift's label does not tell the producer where its sender lives)
package jp.musubi.shop;
