package jp.musubi.shop.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.accounts.PersonSummary;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.region.DemoRegion;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.platform.web.Dates;
import jp.musubi.shop.product.GiftSetValue;
import jp.musubi.shop.product.HarvestWindow;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.ProductKind;
import jp.musubi.shop.product.ProductTerms;
import jp.musubi.shop.product.ProductTerms.FoodLabel;
import jp.musubi.shop.product.ProductTerms.Text;
import jp.musubi.shop.product.ProductTerms.VariantTerms;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.shipping.DeliveryArea;
import jp.musubi.shop.shipping.FreeShipping;
import jp.musubi.shop.shipping.MethodFees;
import jp.musubi.shop.shipping.ShippingMethod;
import jp.musubi.shop.shipping.ShippingOffer;
import jp.musubi.shop.shipping.ShippingTerms;
import jp.musubi.shop.shipping.SizeBand;
import jp.musubi.shop.shipping.Temperature;
import jp.musubi.shop.stock.Stock;
import jp.musubi.shop.storefront.FoodPermit;
import jp.musubi.shop.storefront.Location;
import jp.musubi.shop.storefront.SellerNotice;
import jp.musubi.shop.storefront.StorefrontTerms;
import jp.musubi.shop.storefront.Storefronts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo region's farm opens its storefront in the shop, made through the same services
 * as a producer's own pages: its notice complete, its rice from stock, its peaches taken
 * before the harvest, and a gift set of tea and a cup, all published. Only on an empty
 * shop.
 */
@Component
@Order(500)
class ShopDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ShopDemo.class);

	private final Accounts accounts;

	private final Storefronts storefronts;

	private final Products products;

	private final ShippingTerms shipping;

	private final Stock stock;

	private final Clock clock;

	private final boolean enabled;

	ShopDemo(Accounts accounts, Storefronts storefronts, Products products, ShippingTerms shipping, Stock stock,
			Clock clock, DemoRegion demo) {
		this.accounts = accounts;
		this.storefronts = storefronts;
		this.products = products;
		this.shipping = shipping;
		this.stock = stock;
		this.clock = clock;
		this.enabled = demo.enabled();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		Optional<PersonSummary> farmer = this.accounts.personByEmail("producer@demo.musubi.jp");
		if (farmer.isEmpty()) {
			return;
		}
		UUID person = farmer.get().id();
		Optional<UUID> farm = this.accounts.organisationsOf(person)
			.stream()
			.filter((organisation) -> organisation.type() == OrganisationType.PRODUCER)
			.map(OrganisationSummary::id)
			.findFirst();
		if (farm.isEmpty() || this.storefronts.find(farm.get()).isPresent()) {
			return;
		}
		this.storefronts.edit(person, farm.get(), storefront());
		this.shipping.change(Keeper.person(person), farm.get(), shipping());
		LocalDate today = Dates.today(this.clock);
		for (ProductTerms terms : List.of(rice(), peaches(today), teaSet())) {
			Keeper keeper = Keeper.person(person);
			Product product = this.products.add(keeper, farm.get(), terms);
			this.products.publish(keeper, product.id());
			// Units to sell, so a newcomer can buy through to the order's page.
			this.stock.set(keeper, product.id(),
					product.variants().stream().map((size) -> new Stock.Count(size.id(), 30, null)).toList());
		}
		log.info("Demo shop loaded: the farm's storefront, its shipping fees and 3 products");
	}

	private static StorefrontTerms storefront() {
		return new StorefrontTerms(
				Map.of(Language.JA,
						new StorefrontTerms.Text("ゆのもり農園", "湯の森温泉の棚田で、米と桃を育てています。朝採りの桃は冷蔵で、新米は精米したてでお届けします。"),
						Language.EN,
						new StorefrontTerms.Text("Yunomori Farm",
								"Rice and peaches from the terraced fields above the Yunomori hot springs.")),
				new Location("969-3301", Prefecture.FUKUSHIMA, "耶麻郡ゆのもり町大字湯ノ森12番地", new BigDecimal("37.5210"),
						new BigDecimal("140.0930")),
				SellerNotice.of("ゆのもり農園（代表 森 一郎）", "福島県耶麻郡ゆのもり町大字湯ノ森12番地", "0241-00-5678", "森 一郎", "",
						"ヤマト運輸の宅急便・クール宅急便：お届け先の地域とサイズで異なります（例：関東へ60サイズ 940円、税込）。クール便は別に 275円から。10,000円以上で送料無料（クール料金は対象外）。",
						"銀行振込、代金引換", "銀行振込：ご注文から5営業日以内（土日祝を除く）。代金引換：お届けのとき。",
						"在庫の商品はご入金の確認から3営業日以内に発送します。予約の商品は商品ページの発送期間のうちに発送します。",
						"生鮮品のため、お客様のご都合による返品はお受けできません。傷みや誤配送は到着から7日以内にご連絡ください。送料はこちらで負担し、交換または返金します。"),
				List.of(new FoodPermit("野菜果物販売業", "第R6-0456号", "会津保健所")), null, null);
	}

	/**
	 * 宅急便 and クール宅急便 from the storefront's prefecture (福島, 南東北) to every area: the farm's
	 * own fees, dearer with distance and size in the way the carriers' counter rates are,
	 * not copied from a rate card; the cool surcharges are Yamato's. Free from 10,000
	 * yen, the cool surcharge still charged, as many farms word it.
	 */
	private static ShippingOffer shipping() {
		Map<DeliveryArea, Long> size60 = new EnumMap<>(DeliveryArea.class);
		for (DeliveryArea area : List.of(DeliveryArea.SOUTH_TOHOKU, DeliveryArea.NORTH_TOHOKU, DeliveryArea.KANTO,
				DeliveryArea.SHINETSU)) {
			size60.put(area, 940L);
		}
		size60.put(DeliveryArea.HOKURIKU, 1_060L);
		size60.put(DeliveryArea.CHUBU, 1_060L);
		size60.put(DeliveryArea.KANSAI, 1_190L);
		size60.put(DeliveryArea.HOKKAIDO, 1_320L);
		size60.put(DeliveryArea.CHUGOKU, 1_320L);
		size60.put(DeliveryArea.SHIKOKU, 1_320L);
		size60.put(DeliveryArea.KYUSHU, 1_460L);
		size60.put(DeliveryArea.OKINAWA, 1_930L);
		long[] more = { 0, 290, 600, 950, 1_310, 1_630, 2_150, 2_810 };
		long[] cool = { 275, 330, 440, 715 };
		return new ShippingOffer(
				List.of(fees(ShippingMethod.TA_Q_BIN, size60, more, new long[0]),
						fees(ShippingMethod.COOL_TA_Q_BIN, size60, more, cool)),
				Optional.of(new FreeShipping(Yen.of(10_000), false)));
	}

	private static MethodFees fees(ShippingMethod method, Map<DeliveryArea, Long> size60, long[] more, long[] cool) {
		Map<DeliveryArea, Map<SizeBand, Yen>> fees = new EnumMap<>(DeliveryArea.class);
		size60.forEach((area, base) -> {
			Map<SizeBand, Yen> byBand = new LinkedHashMap<>();
			for (int i = 0; i < method.bands().size(); i++) {
				byBand.put(method.bands().get(i), Yen.of(base + more[i]));
			}
			fees.put(area, byBand);
		});
		Map<SizeBand, Yen> surcharges = new LinkedHashMap<>();
		for (int i = 0; i < cool.length; i++) {
			surcharges.put(method.bands().get(i), Yen.of(cool[i]));
		}
		return new MethodFees(method, null, fees, surcharges);
	}

	private static ProductTerms rice() {
		return new ProductTerms(ProductKind.FOOD, Temperature.AMBIENT,
				Map.of(Language.JA, Text.of("湯の森の棚田米 コシヒカリ", "標高500メートルの棚田で、湧き水だけで育てたコシヒカリです。ご注文をいただいてから精米します。"),
						Language.EN,
						Text.of("Terraced-field Koshihikari rice",
								"Grown with spring water only, milled when you order.")),
				List.of(new VariantTerms("5kg", Yen.of(3_800), 5_200, 40, 28, 10),
						new VariantTerms("10kg", Yen.of(7_200), 10_300, 48, 33, 12)),
				new FoodLabel(Set.of(), "国産（福島県ゆのもり町）", 60, true, "福島県ゆのもり町"), null, null);
	}

	private static ProductTerms peaches(LocalDate today) {
		return new ProductTerms(ProductKind.FOOD, Temperature.CHILLED,
				Map.of(Language.JA, Text.of("朝採り白桃（6玉）", "完熟の直前に朝採りし、その日のうちに冷蔵でお送りします。"), Language.EN,
						Text.of("Morning-picked white peaches (6)", "Picked at dawn and sent chilled the same day.")),
				List.of(new VariantTerms("約2kg", Yen.of(4_500), 2_300, 30, 25, 12)),
				new FoodLabel(Set.of(), "国産（福島県ゆのもり町）", 4, false, null), null,
				new HarvestWindow(today.plusDays(180), today.plusDays(190), today.plusDays(220)));
	}

	private static ProductTerms teaSet() {
		return new ProductTerms(ProductKind.GIFT_SET, Temperature.AMBIENT,
				Map.of(Language.JA, Text.of("桃の葉茶と湯呑みの詰め合わせ", "桃の葉を乾かしたお茶と、地元の窯で焼いた湯呑みのセットです。")),
				List.of(new VariantTerms("1箱", Yen.of(3_240), 800, 30, 20, 10)),
				new FoodLabel(Set.of(), "国産（福島県ゆのもり町）", 365, false, null), new GiftSetValue(Yen.of(1_200), Yen.of(500)),
				null);
	}

}
