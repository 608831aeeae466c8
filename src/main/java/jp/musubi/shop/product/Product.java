package jp.musubi.shop.product;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.ConsumptionTaxRate;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.shop.shipping.Temperature;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

/**
 * A product a producer of the region sells: what it is to the law (its kind, which fixes
 * the tax rate and the label), the temperature it travels at, its texts, its sizes with
 * their prices, its food label, and the season it ships in when it is sold before the
 * harvest. Its terms are judged whole on every change ({@link ProductTerms#refusals()}),
 * so a product never holds a state its listing could not show lawfully.
 */
@Entity
@Table(name = "shop_product")
@Indexed(index = "shop_product")
@TypeBinding(binder = @TypeBinderRef(type = ProductDocument.class))
public class Product {

	@Id
	private UUID id;

	@Column(name = "producer_id", nullable = false)
	private UUID producerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProductKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Temperature temperature;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "shop_product_text", joinColumns = @JoinColumn(name = "product_id"))
	private Set<ProductText> texts = new HashSet<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "product_id", insertable = false, updatable = false)
	@OrderBy("position")
	private List<Variant> variants = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "shop_product_allergen", joinColumns = @JoinColumn(name = "product_id"))
	@Column(name = "allergen", nullable = false)
	@Enumerated(EnumType.STRING)
	private Set<Allergen> allergens = new HashSet<>();

	@Column(name = "ingredient_origin")
	private String origin;

	@Column(name = "shelf_life_days")
	private Integer shelfLifeDays;

	@Column(name = "rice_origin")
	private String riceOrigin;

	@Column(name = "gift_food_value")
	private Yen giftFoodValue;

	@Column(name = "gift_other_value")
	private Yen giftOtherValue;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "orderCutoff", column = @Column(name = "order_cutoff")),
			@AttributeOverride(name = "shipFrom", column = @Column(name = "ship_from")),
			@AttributeOverride(name = "shipUntil", column = @Column(name = "ship_until")) })
	private HarvestWindow harvest;

	@Column(nullable = false)
	private boolean published;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Product() {
	}

	Product(UUID producerId, ProductTerms terms, Instant now) {
		this.id = UUID.randomUUID();
		this.producerId = producerId;
		this.createdAt = now;
		change(terms, now);
	}

	/**
	 * Takes new terms whole, or nothing of them.
	 * @throws FieldsRefused with every rule the terms break
	 */
	final void change(ProductTerms terms, Instant now) {
		FieldsRefused.throwIfAny(terms.refusals());
		this.kind = terms.kind();
		this.temperature = terms.temperature();
		this.texts.clear();
		terms.texts()
			.forEach((language, text) -> this.texts
				.add(new ProductText(language.tag(), text.name(), text.description())));
		this.texts.removeIf((text) -> text.name() == null);
		changeVariants(terms.variants());
		ProductTerms.FoodLabel food = terms.food();
		this.allergens.clear();
		if (food != null) {
			this.allergens.addAll(food.allergens());
		}
		boolean labelled = food != null && terms.kind().isFood();
		this.origin = labelled ? food.origin() : null;
		this.shelfLifeDays = labelled ? food.shelfLifeDays() : null;
		this.riceOrigin = labelled ? food.riceOrigin() : null;
		boolean giftSet = terms.kind() == ProductKind.GIFT_SET;
		this.giftFoodValue = giftSet ? terms.giftSet().food() : null;
		this.giftOtherValue = giftSet ? terms.giftSet().other() : null;
		this.harvest = terms.harvest();
		this.updatedAt = now;
	}

	/**
	 * Shows it to buyers. Whether its producer may sell it (a storefront with its notice,
	 * a licence for liquor) is the service's to ask first.
	 */
	void publish(Instant now) {
		if (!this.published) {
			this.published = true;
			this.publishedAt = now;
		}
	}

	/** Takes it out of the shop; orders already taken keep what they bought. */
	void withdraw(Instant now) {
		this.published = false;
		this.updatedAt = now;
	}

	public boolean isPublished() {
		return this.published;
	}

	/** When it was last put in the shop; {@code null} for a draft never published. */
	Instant publishedAt() {
		return this.publishedAt;
	}

	/**
	 * Keeps each size's identity by its place in the list, so that a price changed on the
	 * second size is the same size to the carts that hold it.
	 */
	private void changeVariants(List<ProductTerms.VariantTerms> terms) {
		while (this.variants.size() > terms.size()) {
			this.variants.remove(this.variants.size() - 1);
		}
		for (int i = 0; i < terms.size(); i++) {
			if (i < this.variants.size()) {
				this.variants.get(i).change(terms.get(i));
			}
			else {
				this.variants.add(new Variant(this.id, i, terms.get(i)));
			}
		}
	}

	/**
	 * The consumption tax rate of a size: fixed by the kind, or for a gift set by its
	 * price and how much of it is food.
	 */
	public ConsumptionTaxRate taxRate(Variant variant) {
		if (this.kind != ProductKind.GIFT_SET) {
			return this.kind.fixedRate();
		}
		// The terms refused a price no rate fits, so one always does here.
		return giftSet().flatMap((value) -> value.rateAt(variant.price())).orElseThrow();
	}

	/** Whether an order for it may be taken on the given day. */
	public boolean takesOrdersOn(LocalDate day) {
		return this.harvest == null || this.harvest.takesOrdersOn(day);
	}

	/**
	 * Whether it is in season on the given day ({@link HarvestWindow#isInSeasonOn}); a
	 * product sold from stock all year has no season, so it never is.
	 */
	public boolean isInSeasonOn(LocalDate day) {
		return this.harvest != null && this.harvest.isInSeasonOn(day);
	}

	public UUID id() {
		return this.id;
	}

	public UUID producerId() {
		return this.producerId;
	}

	public ProductKind kind() {
		return this.kind;
	}

	public Temperature temperature() {
		return this.temperature;
	}

	/** Its name in the language, or in Japanese when it has none in that language. */
	public String name(Language language) {
		return text(language).name();
	}

	/** Its texts in the language, or in Japanese, which every product has. */
	public ProductText text(Language language) {
		return find(language).or(() -> find(Language.JA)).orElseThrow();
	}

	private Optional<ProductText> find(Language language) {
		return this.texts.stream().filter((text) -> text.language().equals(language.tag())).findFirst();
	}

	public List<Variant> variants() {
		return List.copyOf(this.variants);
	}

	public Optional<Variant> variant(UUID variantId) {
		return this.variants.stream().filter((variant) -> variant.id().equals(variantId)).findFirst();
	}

	/** The allergens it contains, mandatory ones first, in the order labels list them. */
	public List<Allergen> allergens() {
		return this.allergens.stream().sorted().toList();
	}

	/** Where its main ingredient comes from; empty for goods and liquor. */
	public Optional<String> origin() {
		return Optional.ofNullable(this.origin);
	}

	/** The days it keeps at least, counted from the day it arrives; empty if not food. */
	public Optional<Integer> shelfLifeDays() {
		return Optional.ofNullable(this.shelfLifeDays);
	}

	public Optional<String> riceOrigin() {
		return Optional.ofNullable(this.riceOrigin);
	}

	public Optional<HarvestWindow> harvest() {
		return Optional.ofNullable(this.harvest);
	}

	/** How a gift set's value divides; empty for every other kind. */
	public Optional<GiftSetValue> giftSet() {
		return (this.kind == ProductKind.GIFT_SET)
				? Optional.of(new GiftSetValue(this.giftFoodValue, this.giftOtherValue)) : Optional.empty();
	}

	/** Its texts in every language it has. */
	public Set<ProductText> texts() {
		return Set.copyOf(this.texts);
	}

	public long version() {
		return this.version;
	}

	/** The lowest price of its sizes, for lists. */
	public Yen priceFrom() {
		return this.variants.stream().map(Variant::price).min(Yen::compareTo).orElse(Yen.ZERO);
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
