package jp.musubi.shop.product.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;
import jp.musubi.platform.web.FormErrors;
import jp.musubi.shop.product.Allergen;
import jp.musubi.shop.product.GiftSetValue;
import jp.musubi.shop.product.HarvestWindow;
import jp.musubi.shop.product.Product;
import jp.musubi.shop.product.ProductKind;
import jp.musubi.shop.product.ProductTerms;
import jp.musubi.shop.product.Variant;
import jp.musubi.shop.shipping.Temperature;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * A product as its producer's people fill it in. The page works without script, so it
 * always offers a row per language and at least {@link #SIZE_ROWS} size rows; a size row
 * left blank is no size. The rules are the domain's ({@link ProductTerms#refusals()});
 * this form only reads what was typed and puts each refusal next to its field.
 */
public class ProductForm {

	static final int SIZE_ROWS = 4;

	private ProductKind kind = ProductKind.FOOD;

	private Temperature temperature = Temperature.AMBIENT;

	private List<TextRow> texts = new ArrayList<>();

	private List<SizeRow> sizes = new ArrayList<>();

	private Set<Allergen> allergens = EnumSet.noneOf(Allergen.class);

	private String origin;

	private Integer shelfLifeDays;

	private boolean containsRice;

	private String riceOrigin;

	private Yen giftFoodValue;

	private Yen giftOtherValue;

	private boolean preOrder;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate orderCutoff;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate shipFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate shipUntil;

	/** The version the form was opened at. */
	private Long version;

	public ProductForm() {
		fill();
	}

	static ProductForm of(Product product) {
		ProductForm form = new ProductForm();
		form.kind = product.kind();
		form.temperature = product.temperature();
		form.texts.clear();
		for (Language language : Language.values()) {
			TextRow row = new TextRow(language.tag());
			product.texts()
				.stream()
				.filter((text) -> text.language().equals(language.tag()))
				.findFirst()
				.ifPresent((text) -> {
					row.name = text.name();
					row.description = text.description();
				});
			form.texts.add(row);
		}
		form.sizes.clear();
		for (Variant variant : product.variants()) {
			SizeRow row = new SizeRow();
			row.label = variant.label();
			row.price = variant.price();
			row.weightGrams = variant.weightGrams();
			row.lengthCm = variant.lengthCm();
			row.widthCm = variant.widthCm();
			row.heightCm = variant.heightCm();
			form.sizes.add(row);
		}
		form.allergens = product.allergens().isEmpty() ? EnumSet.noneOf(Allergen.class)
				: EnumSet.copyOf(product.allergens());
		form.origin = product.origin().orElse(null);
		form.shelfLifeDays = product.shelfLifeDays().orElse(null);
		form.containsRice = product.riceOrigin().isPresent();
		form.riceOrigin = product.riceOrigin().orElse(null);
		product.giftSet().ifPresent((value) -> {
			form.giftFoodValue = value.food();
			form.giftOtherValue = value.other();
		});
		product.harvest().ifPresent((harvest) -> {
			form.preOrder = true;
			form.orderCutoff = harvest.orderCutoff();
			form.shipFrom = harvest.shipFrom();
			form.shipUntil = harvest.shipUntil();
		});
		form.version = product.version();
		form.fill();
		return form;
	}

	/** A row per language and at least {@link #SIZE_ROWS} size rows. */
	final void fill() {
		for (int i = this.texts.size(); i < Language.values().length; i++) {
			this.texts.add(new TextRow(Language.values()[i].tag()));
		}
		while (this.sizes.size() < SIZE_ROWS) {
			this.sizes.add(new SizeRow());
		}
	}

	/**
	 * The terms as the domain takes them, or null with every reason on the form.
	 */
	ProductTerms toTerms(BindingResult errors) {
		if (this.kind == null) {
			errors.rejectValue("kind", "shop.product.error.kind");
		}
		if (this.temperature == null) {
			errors.rejectValue("temperature", "shop.product.error.temperature");
		}
		if (this.preOrder) {
			required(errors, "orderCutoff", this.orderCutoff);
			required(errors, "shipFrom", this.shipFrom);
			required(errors, "shipUntil", this.shipUntil);
		}
		if (this.kind == null || this.temperature == null) {
			return null;
		}
		Map<Language, ProductTerms.Text> named = new EnumMap<>(Language.class);
		for (int i = 0; i < this.texts.size() && i < Language.values().length; i++) {
			TextRow row = this.texts.get(i);
			ProductTerms.Text text = ProductTerms.Text.of(row.name, row.description);
			if (text.name() != null || text.description() != null) {
				named.put(Language.values()[i], text);
			}
		}
		List<Integer> rows = new ArrayList<>();
		List<ProductTerms.VariantTerms> variants = new ArrayList<>();
		for (int i = 0; i < this.sizes.size(); i++) {
			SizeRow row = this.sizes.get(i);
			if (!row.isBlank()) {
				rows.add(i);
				variants.add(new ProductTerms.VariantTerms(row.label, row.price, orZero(row.weightGrams),
						orZero(row.lengthCm), orZero(row.widthCm), orZero(row.heightCm)));
			}
		}
		ProductTerms.FoodLabel food = new ProductTerms.FoodLabel(this.allergens, this.origin,
				orZero(this.shelfLifeDays), this.containsRice, this.riceOrigin);
		GiftSetValue giftSet = (this.kind == ProductKind.GIFT_SET)
				? new GiftSetValue(orZero(this.giftFoodValue), orZero(this.giftOtherValue)) : null;
		boolean windowTyped = this.orderCutoff != null && this.shipFrom != null && this.shipUntil != null;
		HarvestWindow harvest = (this.preOrder && windowTyped)
				? new HarvestWindow(this.orderCutoff, this.shipFrom, this.shipUntil) : null;
		ProductTerms terms = new ProductTerms(this.kind, this.temperature, named, variants,
				(this.kind == ProductKind.GOODS && this.allergens.isEmpty()) ? null : food, giftSet, harvest);
		FormErrors.reject(errors, terms.refusals(), (field) -> fieldOf(field, rows));
		return errors.hasErrors() ? null : terms;
	}

	/** The form's name for a field the domain names its own way. */
	private static String fieldOf(String domain, List<Integer> rows) {
		if (domain.startsWith("texts[")) {
			String tag = domain.substring("texts[".length(), domain.indexOf(']'));
			int index = Language.fromTag(tag).map(Enum::ordinal).orElse(0);
			return "texts[" + index + "]" + domain.substring(domain.indexOf(']') + 1);
		}
		if (domain.equals("variants")) {
			return "sizes[0].label";
		}
		if (domain.startsWith("variants[")) {
			int index = Integer.parseInt(domain.substring("variants[".length(), domain.indexOf(']')));
			String property = domain.substring(domain.indexOf("].") + 2);
			return "sizes[" + rows.get(index) + "]." + (property.equals("size") ? "lengthCm" : property);
		}
		if (domain.equals("giftSet")) {
			return "giftFoodValue";
		}
		return domain.replaceFirst("^(food|harvest)\\.", "");
	}

	private static void required(BindingResult errors, String field, Object value) {
		if (value == null && errors.getFieldErrorCount(field) == 0) {
			errors.rejectValue(field, "shop.product.error.date");
		}
	}

	private static int orZero(Integer value) {
		return (value != null) ? value : 0;
	}

	private static Yen orZero(Yen value) {
		return (value != null) ? value : Yen.ZERO;
	}

	/**
	 * Whether someone saved the product after this form was opened: their change would be
	 * lost without a word if this one were saved over it.
	 */
	boolean isStale(long current) {
		return this.version != null && this.version != current;
	}

	public ProductKind getKind() {
		return this.kind;
	}

	public void setKind(ProductKind kind) {
		this.kind = kind;
	}

	public Temperature getTemperature() {
		return this.temperature;
	}

	public void setTemperature(Temperature temperature) {
		this.temperature = temperature;
	}

	public List<TextRow> getTexts() {
		return this.texts;
	}

	public void setTexts(List<TextRow> texts) {
		this.texts = texts;
	}

	public List<SizeRow> getSizes() {
		return this.sizes;
	}

	public void setSizes(List<SizeRow> sizes) {
		this.sizes = sizes;
	}

	public Set<Allergen> getAllergens() {
		return this.allergens;
	}

	public void setAllergens(Set<Allergen> allergens) {
		this.allergens = (allergens == null || allergens.isEmpty()) ? EnumSet.noneOf(Allergen.class)
				: EnumSet.copyOf(allergens);
	}

	public String getOrigin() {
		return this.origin;
	}

	public void setOrigin(String origin) {
		this.origin = origin;
	}

	public Integer getShelfLifeDays() {
		return this.shelfLifeDays;
	}

	public void setShelfLifeDays(Integer shelfLifeDays) {
		this.shelfLifeDays = shelfLifeDays;
	}

	public boolean isContainsRice() {
		return this.containsRice;
	}

	public void setContainsRice(boolean containsRice) {
		this.containsRice = containsRice;
	}

	public String getRiceOrigin() {
		return this.riceOrigin;
	}

	public void setRiceOrigin(String riceOrigin) {
		this.riceOrigin = riceOrigin;
	}

	public Yen getGiftFoodValue() {
		return this.giftFoodValue;
	}

	public void setGiftFoodValue(Yen giftFoodValue) {
		this.giftFoodValue = giftFoodValue;
	}

	public Yen getGiftOtherValue() {
		return this.giftOtherValue;
	}

	public void setGiftOtherValue(Yen giftOtherValue) {
		this.giftOtherValue = giftOtherValue;
	}

	public boolean isPreOrder() {
		return this.preOrder;
	}

	public void setPreOrder(boolean preOrder) {
		this.preOrder = preOrder;
	}

	public LocalDate getOrderCutoff() {
		return this.orderCutoff;
	}

	public void setOrderCutoff(LocalDate orderCutoff) {
		this.orderCutoff = orderCutoff;
	}

	public LocalDate getShipFrom() {
		return this.shipFrom;
	}

	public void setShipFrom(LocalDate shipFrom) {
		this.shipFrom = shipFrom;
	}

	public LocalDate getShipUntil() {
		return this.shipUntil;
	}

	public void setShipUntil(LocalDate shipUntil) {
		this.shipUntil = shipUntil;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** A product's name and description in one language. */
	public static class TextRow {

		private String language;

		private String name;

		private String description;

		public TextRow() {
		}

		TextRow(String language) {
			this.language = language;
		}

		/** The language's own name, for the row's legend. */
		public String getLanguageName() {
			return Language.fromTag(this.language).map(Language::nativeName).orElse(this.language);
		}

		public String getLanguage() {
			return this.language;
		}

		public void setLanguage(String language) {
			this.language = language;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

	}

	/** One size as typed: every part may still be missing or wrong. */
	public static class SizeRow {

		private String label;

		private Yen price;

		private Integer weightGrams;

		private Integer lengthCm;

		private Integer widthCm;

		private Integer heightCm;

		boolean isBlank() {
			return (this.label == null || this.label.isBlank()) && this.price == null && this.weightGrams == null
					&& this.lengthCm == null && this.widthCm == null && this.heightCm == null;
		}

		public String getLabel() {
			return this.label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public Yen getPrice() {
			return this.price;
		}

		public void setPrice(Yen price) {
			this.price = price;
		}

		public Integer getWeightGrams() {
			return this.weightGrams;
		}

		public void setWeightGrams(Integer weightGrams) {
			this.weightGrams = weightGrams;
		}

		public Integer getLengthCm() {
			return this.lengthCm;
		}

		public void setLengthCm(Integer lengthCm) {
			this.lengthCm = lengthCm;
		}

		public Integer getWidthCm() {
			return this.widthCm;
		}

		public void setWidthCm(Integer widthCm) {
			this.widthCm = widthCm;
		}

		public Integer getHeightCm() {
			return this.heightCm;
		}

		public void setHeightCm(Integer heightCm) {
			this.heightCm = heightCm;
		}

	}

}
