package jp.musubi.shop.season.web;

import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.shop.product.Keeper;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.ProductExamples;
import jp.musubi.shop.product.Products;
import jp.musubi.shop.season.SeasonWatches;
import jp.musubi.shop.shipping.ShippingOfferExamples;
import jp.musubi.shop.shipping.ShippingTerms;
import jp.musubi.shop.stock.Stock;
import jp.musubi.shop.storefront.StorefrontExamples;
import jp.musubi.shop.storefront.Storefronts;
import jp.musubi.support.Fixtures;
import jp.musubi.support.Fixtures.TestUser;
import jp.musubi.support.Mailbox;
import jp.musubi.support.MusubiTest;
import jp.musubi.support.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member waits for a sold-out product: asks on its page, is mailed once when its units
 * come back, and stops the mail by its link without signing in.
 */
@MusubiTest
class SeasonPathTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Storefronts storefronts;

	@Autowired
	Products products;

	@Autowired
	ShippingTerms shipping;

	@Autowired
	Stock stock;

	@Autowired
	SeasonWatches watches;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMemberWaitingForASoldOutProductIsMailedOnceWhenItsUnitsComeBack() throws Exception {
		TestUser farmer = this.fixtures.member("旬の農家");
		UUID farm = this.fixtures.organisation("ゆのもり旬農園", OrganisationType.PRODUCER, farmer);
		this.storefronts.edit(farmer.id(), farm, StorefrontExamples.brewery());
		this.shipping.change(Keeper.person(farmer.id()), farm, ShippingOfferExamples.farm());
		Product rice = this.products.add(Keeper.person(farmer.id()), farm, ProductExamples.rice());
		this.products.publish(Keeper.person(farmer.id()), rice.id());
		UUID size = rice.variants().get(0).id();
		this.stock.set(Keeper.person(farmer.id()), rice.id(), List.of(new Stock.Count(size, 0, null)));
		TestUser member = this.fixtures.member("旬を待つ人");
		String page = "/shop/products/" + rice.id();

		Page anonymous = Page.of(this.mvc.perform(get(page)).andExpect(status().isOk()));
		assertThat(anonymous.text()).contains("いま注文を受け付けていません", "ログインすると");
		this.mvc.perform(post(page + "/season-watch").with(csrf()).accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection());
		assertThat(this.watches.isWaiting(member.id(), rice.id())).isFalse();

		this.mvc.perform(post(page + "/season-watch").with(csrf()).with(this.fixtures.signedIn(member)))
			.andExpect(status().is3xxRedirection());
		Page waiting = Page
			.of(this.mvc.perform(get(page).with(this.fixtures.signedIn(member))).andExpect(status().isOk()));
		assertThat(waiting.text()).contains("お申し込み済み");
		assertThat(this.watches.tellOpened()).as("still sold out").isZero();

		this.stock.set(Keeper.person(farmer.id()), rice.id(), List.of(new Stock.Count(size, 5, 0)));
		assertThat(this.watches.tellOpened()).isEqualTo(1);
		assertThat(this.watches.tellOpened()).as("told once").isZero();

		MimeMessage mail = Mailbox.awaitFirst(member.email(), "shop-season-opened");
		String body = Mailbox.body(mail);
		assertThat(mail.getSubject()).contains("ゆのもり産コシヒカリ");
		String stop = body.lines().filter((line) -> line.contains("/shop/season-watches/")).findFirst().orElseThrow();
		String stopPath = stop.substring(stop.indexOf("/shop/season-watches/")).strip();

		this.mvc.perform(get(stopPath)).andExpect(status().isOk());
		Page stopped = Page.of(this.mvc.perform(post(stopPath + "/stop").with(csrf())).andExpect(status().isOk()));
		assertThat(stopped.text()).contains("お知らせを止めました");
		Page again = Page.of(this.mvc.perform(post(stopPath + "/stop").with(csrf())).andExpect(status().isOk()));
		assertThat(again.text()).contains("見つかりません");
		assertThat(this.jdbc.sql("SELECT count(*) FROM shop_season_watch WHERE person_id = :p")
			.param("p", member.id())
			.query(Integer.class)
			.single()).isZero();
	}

}
