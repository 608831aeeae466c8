package jp.musubi.shop.storefront;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.text.Prefecture;

/** Storefronts as the region's producers write them. */
public final class StorefrontExamples {

	/** 国税庁's own example of a corporate number: 7 checks 123456789012. */
	public static final String CORPORATE_NUMBER = "7123456789012";

	private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

	private StorefrontExamples() {
	}

	/** A storefront as its producer saved it, for tests outside the package. */
	public static Storefront storefront(UUID producerId, StorefrontTerms terms) {
		return new Storefront(producerId, terms, NOW);
	}

	/** The operator's notice as the agent saved it. */
	public static OperatorNotice operatorNotice(OperatorTerms terms) {
		return new OperatorNotice(terms, NOW);
	}

	/** A notice with every item the law asks for. */
	public static SellerNotice completeNotice() {
		return SellerNotice.of("株式会社ゆのもり酒造", "福島県耶麻郡ゆのもり町大字湯ノ森1番地", "0241-00-1234", "代表取締役 山田 太郎", "",
				"全国一律 800円（税込）。1万円以上で送料無料。クール便は別途 300円。", "クレジットカード、銀行振込、代金引換",
				"クレジットカード：ご注文時。銀行振込：ご注文から5営業日以内（土日祝を除く）。代金引換：お届け時。", "ご入金の確認から3営業日以内に発送します。予約商品は各商品ページの発送期間内にお届けします。",
				"生鮮品のためお客様都合の返品はお受けできません。不良品・誤配送は到着から7日以内にご連絡ください。送料当社負担で交換または返金します。");
	}

	/** A brewery's storefront, open, with its liquor licence and permits. */
	public static StorefrontTerms brewery() {
		return new StorefrontTerms(
				Map.of(Language.JA, new StorefrontTerms.Text("ゆのもり酒造", "明治から続く小さな酒蔵です。"), Language.EN,
						new StorefrontTerms.Text("Yunomori Brewery", "A small brewery since the Meiji era.")),
				new Location("969-3301", Prefecture.FUKUSHIMA, "耶麻郡ゆのもり町大字湯ノ森1番地", new BigDecimal("37.5"),
						new BigDecimal("140.1")),
				completeNotice(), List.of(new FoodPermit("酒類製造業", "第R5-123号", "会津保健所")),
				new LiquorLicence("会税酒第45号", "会津若松税務署", "山田 花子"),
				new InvoiceRegistration("T" + CORPORATE_NUMBER, true));
	}

	/** A farm that has written its name only. */
	public static StorefrontTerms farmJustStarted() {
		return new StorefrontTerms(Map.of(Language.JA, new StorefrontTerms.Text("ゆのもり果樹園", null)), null, null,
				List.of(), null, null);
	}

	/** The brewery's terms with another notice. */
	public static StorefrontTerms breweryWith(SellerNotice notice) {
		StorefrontTerms brewery = brewery();
		return new StorefrontTerms(brewery.texts(), brewery.location(), notice, brewery.foodPermits(),
				brewery.liquorLicence(), brewery.invoice());
	}

}
