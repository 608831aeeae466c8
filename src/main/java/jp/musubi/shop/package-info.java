/**
 * The regional product shop: producers of the region (farmers, fishers, brewers,
 * confectioners) sell to buyers in the region and far from it, and send each order by a
 * Japanese carrier's method (宅急便, クール宅急便, ゆうパック, ポスト投函) with its own sizes, temperatures,
 * fees and delivery dates. Food and liquor are sold as the law asks: allergens and origin
 * shown, 20歳未満 refused for liquor, the rate of consumption tax per line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regional product shop",
		allowedDependencies = { "accounts", "platform :: calendar", "platform :: disclosure", "platform :: i18n",
				"platform :: mail", "platform :: money", "platform :: payment", "platform :: pdf",
				"platform :: refusal", "platform :: region", "platform :: search", "platform :: security",
				"platform :: text", "platform :: web", "platform :: zengin" })
package jp.musubi.shop;
