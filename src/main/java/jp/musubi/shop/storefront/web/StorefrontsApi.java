package jp.musubi.shop.storefront.web;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.shop.storefront.FoodPermit;
import jp.musubi.shop.storefront.InvoiceRegistration;
import jp.musubi.shop.storefront.LiquorLicence;
import jp.musubi.shop.storefront.Location;
import jp.musubi.shop.storefront.SellerNotice;
import jp.musubi.shop.storefront.Storefront;
import jp.musubi.shop.storefront.StorefrontTerms;
import jp.musubi.shop.storefront.Storefronts;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A producer's storefront through the API: anyone reads it; the producer's own systems
 * (its organisation's token) or its people signed in write it, under the edit page's
 * rules. Another producer's token or person is told it is not found.
 */
@RestController
@RequestMapping("/api/v1/shop/storefronts/{producerId}")
@Tag(name = "shop")
class StorefrontsApi {

	private final Storefronts storefronts;

	StorefrontsApi(Storefronts storefronts) {
		this.storefronts = storefronts;
	}

	@GetMapping
	@Operation(summary = "A producer's storefront with its 特定商取引法 notice and licences; 404 when the producer "
			+ "has written none")
	StorefrontView show(@PathVariable UUID producerId) {
		this.storefronts.producer(producerId).orElseThrow(() -> new NotFound("producer", producerId));
		return StorefrontView
			.of(this.storefronts.find(producerId).orElseThrow(() -> new NotFound("storefront", producerId)));
	}

	@PutMapping
	@Operation(summary = "Write the storefront whole: a Japanese name required; a notice may be incomplete (the "
			+ "storefront opens when every item is there); phone a Japanese number, postal code of 7 digits, a point "
			+ "in Japan, invoice number T and 13 digits (a corporation's checked as its corporate number); the "
			+ "producer's own token or people only (400 problem+json with every refused field, 404 for another's)")
	StorefrontView edit(@PathVariable UUID producerId, @RequestBody StorefrontBody body,
			Authentication authentication) {
		StorefrontTerms terms = body.toTerms();
		Object principal = (authentication != null) ? authentication.getPrincipal() : null;
		Storefront saved;
		if (principal instanceof ApiClient client) {
			saved = this.storefronts.editWithToken(client.organisationId(), producerId, terms);
		}
		else if (principal instanceof CurrentUser user) {
			saved = this.storefronts.edit(user.accountId(), producerId, terms);
		}
		else {
			throw new NotFound("producer", producerId);
		}
		return StorefrontView.of(saved);
	}

	/**
	 * A storefront as a producer's systems send it; languages by tag (ja, en, ko, zh-CN).
	 */
	record StorefrontBody(
			@Schema(description = "Name and story by language tag; ja is required") Map<String, TextBody> texts,
			LocationBody location, NoticeBody notice, List<FoodPermitBody> foodPermits,
			@Schema(description = "Leave out when the producer sells no liquor") LiquorLicenceBody liquorLicence,
			@Schema(description = "Leave out when the producer is not a registered invoice issuer") InvoiceBody invoice) {

		StorefrontTerms toTerms() {
			Map<Language, StorefrontTerms.Text> texts = new EnumMap<>(Language.class);
			if (this.texts != null) {
				this.texts.forEach((tag, text) -> {
					Language language = Language.fromTag(tag)
						.filter((known) -> known.tag().equalsIgnoreCase(tag))
						.orElseThrow(() -> new InputRefused("texts", "shop.storefront.error.language"));
					if (text != null) {
						texts.put(language, new StorefrontTerms.Text(text.name(), text.story()));
					}
				});
			}
			return new StorefrontTerms(texts, (this.location != null) ? this.location.toLocation() : null,
					(this.notice != null) ? this.notice.toNotice() : null,
					(this.foodPermits != null) ? this.foodPermits.stream().map(FoodPermitBody::toPermit).toList()
							: List.of(),
					(this.liquorLicence != null) ? this.liquorLicence.toLicence() : null, (this.invoice != null)
							? new InvoiceRegistration(this.invoice.number(), this.invoice.corporate()) : null);
		}

	}

	record TextBody(String name, String story) {

	}

	record LocationBody(@Schema(example = "969-3301") String postalCode,
			@Schema(description = "JIS X 0401 code, 01 to 47", example = "07") String prefecture, String address,
			@Schema(description = "In Japan: 20 to 46") BigDecimal latitude,
			@Schema(description = "In Japan: 122 to 154") BigDecimal longitude) {

		Location toLocation() {
			Prefecture found = null;
			if (this.prefecture != null && !this.prefecture.isBlank()) {
				found = Prefecture.ofCode(this.prefecture.strip())
					.orElseThrow(() -> new InputRefused("location.prefecture", "shop.storefront.error.prefecture"));
			}
			return new Location(this.postalCode, found, this.address, this.latitude, this.longitude);
		}

	}

	record NoticeBody(String legalName, String address, @Schema(example = "0241-00-1234") String phone,
			String responsiblePerson,
			@Schema(description = "Left out: " + SellerNotice.PRICES_ON_PRODUCT_PAGES) String prices,
			String shippingFees, String paymentMethods, String paymentTiming, String deliveryTiming, String returns) {

		SellerNotice toNotice() {
			return SellerNotice.of(this.legalName, this.address, this.phone, this.responsiblePerson, this.prices,
					this.shippingFees, this.paymentMethods, this.paymentTiming, this.deliveryTiming, this.returns);
		}

	}

	record FoodPermitBody(@Schema(example = "菓子製造業") String category, String number, String healthCentre) {

		FoodPermit toPermit() {
			return new FoodPermit(this.category, this.number, this.healthCentre);
		}

	}

	record LiquorLicenceBody(String number, String taxOffice, String manager) {

		LiquorLicence toLicence() {
			return new LiquorLicence(this.number, this.taxOffice, this.manager);
		}

	}

	record InvoiceBody(@Schema(example = "T7123456789012") String number, @Schema(
			description = "Whether the seller is a corporation, whose number is its corporate number") boolean corporate) {

	}

	/**
	 * A storefront as anyone reads it; {@code open} says whether its products can be
	 * ordered.
	 */
	record StorefrontView(UUID producerId, boolean open, boolean sellsLiquor, Map<String, TextBody> texts,
			LocationBody location, NoticeBody notice, List<String> missing, List<FoodPermitBody> foodPermits,
			LiquorLicenceBody liquorLicence, InvoiceBody invoice) {

		static StorefrontView of(Storefront storefront) {
			StorefrontTerms terms = storefront.terms();
			Map<String, TextBody> texts = new TreeMap<>();
			terms.texts()
				.forEach((language, text) -> texts.put(language.tag(), new TextBody(text.name(), text.story())));
			Location location = terms.location();
			SellerNotice notice = terms.notice();
			return new StorefrontView(storefront.producerId(), storefront.isOpen(), storefront.sellsLiquor(), texts,
					new LocationBody(location.postalCode(),
							(location.prefecture() != null) ? location.prefecture().code() : null, location.address(),
							location.latitude(), location.longitude()),
					new NoticeBody(notice.legalName(), notice.address(), notice.phone(), notice.responsiblePerson(),
							notice.prices(), notice.shippingFees(), notice.paymentMethods(), notice.paymentTiming(),
							notice.deliveryTiming(), notice.returns()),
					notice.missing(),
					terms.foodPermits()
						.stream()
						.map((permit) -> new FoodPermitBody(permit.category(), permit.number(), permit.healthCentre()))
						.toList(),
					storefront.liquorLicence()
						.map((licence) -> new LiquorLicenceBody(licence.number(), licence.taxOffice(),
								licence.manager()))
						.orElse(null),
					storefront.invoice()
						.map((invoice) -> new InvoiceBody(invoice.number(), invoice.corporate()))
						.orElse(null));
		}

	}

}
