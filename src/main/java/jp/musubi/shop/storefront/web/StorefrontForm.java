package jp.musubi.shop.storefront.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.shop.storefront.FoodPermit;
import jp.musubi.shop.storefront.LiquorLicence;
import jp.musubi.shop.storefront.Location;
import jp.musubi.shop.storefront.StorefrontTerms;

import org.springframework.validation.BindingResult;

/**
 * A storefront as its producer's people edit it: its name and story in four languages,
 * where it is, its notice and its licences. Coordinates are typed as text so that "37,5"
 * gets a message about coordinates, not a generic format error. A few empty rows of food
 * permits are offered; rows left empty are dropped.
 */
public class StorefrontForm extends NoticeForm {

	/** Empty rows offered beyond those filled in. */
	static final int SPARE_PERMIT_ROWS = 2;

	private static final Pattern TEXT_FIELD = Pattern.compile("texts\\[([\\w-]+)\\]\\.(name|story)");

	private String nameJa;

	private String storyJa;

	private String nameEn;

	private String storyEn;

	private String nameKo;

	private String storyKo;

	private String nameZh;

	private String storyZh;

	private String postalCode;

	private String prefecture;

	private String locationAddress;

	private String latitude;

	private String longitude;

	private String liquorLicenceNumber;

	private String liquorTaxOffice;

	private String liquorManager;

	private List<FoodPermitRow> foodPermits = new ArrayList<>();

	static StorefrontForm blank() {
		StorefrontForm form = new StorefrontForm();
		form.setPrices(NoticeForm.blank().getPrices());
		form.offerPermitRows();
		return form;
	}

	static StorefrontForm of(StorefrontTerms terms) {
		StorefrontForm form = new StorefrontForm();
		form.fill(terms.notice(), terms.invoice());
		form.nameJa = name(terms, Language.JA);
		form.storyJa = story(terms, Language.JA);
		form.nameEn = name(terms, Language.EN);
		form.storyEn = story(terms, Language.EN);
		form.nameKo = name(terms, Language.KO);
		form.storyKo = story(terms, Language.KO);
		form.nameZh = name(terms, Language.ZH_CN);
		form.storyZh = story(terms, Language.ZH_CN);
		Location location = terms.location();
		form.postalCode = location.postalCode();
		form.prefecture = (location.prefecture() != null) ? location.prefecture().code() : null;
		form.locationAddress = location.address();
		form.latitude = plain(location.latitude());
		form.longitude = plain(location.longitude());
		for (FoodPermit permit : terms.foodPermits()) {
			form.foodPermits.add(new FoodPermitRow(permit.category(), permit.number(), permit.healthCentre()));
		}
		if (terms.liquorLicence() != null) {
			form.liquorLicenceNumber = terms.liquorLicence().number();
			form.liquorTaxOffice = terms.liquorLicence().taxOffice();
			form.liquorManager = terms.liquorLicence().manager();
		}
		form.offerPermitRows();
		return form;
	}

	/** Adds empty rows to fill in, up to the most a storefront may have. */
	final void offerPermitRows() {
		int rows = Math.min(StorefrontTerms.MAX_FOOD_PERMITS,
				Math.max(this.foodPermits.size(), filledPermitRows() + SPARE_PERMIT_ROWS));
		while (this.foodPermits.size() < rows) {
			this.foodPermits.add(new FoodPermitRow());
		}
	}

	private int filledPermitRows() {
		return (int) this.foodPermits.stream().filter((row) -> !row.isEmpty()).count();
	}

	/**
	 * The terms as the domain takes them, or null when a coordinate is not a number (the
	 * error is then on the form).
	 */
	StorefrontTerms toTerms(BindingResult errors) {
		BigDecimal lat = coordinate("latitude", this.latitude, errors);
		BigDecimal lon = coordinate("longitude", this.longitude, errors);
		if (errors.hasErrors()) {
			return null;
		}
		Map<Language, StorefrontTerms.Text> texts = new EnumMap<>(Language.class);
		put(texts, Language.JA, this.nameJa, this.storyJa);
		put(texts, Language.EN, this.nameEn, this.storyEn);
		put(texts, Language.KO, this.nameKo, this.storyKo);
		put(texts, Language.ZH_CN, this.nameZh, this.storyZh);
		Location location = new Location(this.postalCode, Prefecture.ofCode(this.prefecture).orElse(null),
				this.locationAddress, lat, lon);
		// The rows keep their places, so that a refusal of the second row is shown on it.
		List<FoodPermit> permits = this.foodPermits.stream()
			.filter((row) -> !row.isEmpty())
			.map((row) -> new FoodPermit(row.getCategory(), row.getNumber(), row.getHealthCentre()))
			.toList();
		this.foodPermits.removeIf(FoodPermitRow::isEmpty);
		offerPermitRows();
		return new StorefrontTerms(texts, location, notice(), permits,
				new LiquorLicence(this.liquorLicenceNumber, this.liquorTaxOffice, this.liquorManager), invoice());
	}

	@Override
	String fieldOf(String refused) {
		Matcher text = TEXT_FIELD.matcher(refused);
		if (text.matches()) {
			String language = switch (text.group(1)) {
				case "en" -> "En";
				case "ko" -> "Ko";
				case "zh-CN" -> "Zh";
				default -> "Ja";
			};
			return text.group(2) + language;
		}
		return switch (refused) {
			case "location.postalCode" -> "postalCode";
			case "location.prefecture" -> "prefecture";
			case "location.address" -> "locationAddress";
			case "location.latitude" -> "latitude";
			case "location.longitude" -> "longitude";
			case "liquorLicence.number" -> "liquorLicenceNumber";
			case "liquorLicence.taxOffice" -> "liquorTaxOffice";
			case "liquorLicence.manager" -> "liquorManager";
			default -> super.fieldOf(refused);
		};
	}

	private static void put(Map<Language, StorefrontTerms.Text> texts, Language language, String name, String story) {
		StorefrontTerms.Text text = new StorefrontTerms.Text(name, story);
		if (language == Language.JA || text.name() != null || text.story() != null) {
			texts.put(language, text);
		}
	}

	private static String name(StorefrontTerms terms, Language language) {
		StorefrontTerms.Text text = terms.texts().get(language);
		return (text != null) ? text.name() : null;
	}

	private static String story(StorefrontTerms terms, Language language) {
		StorefrontTerms.Text text = terms.texts().get(language);
		return (text != null) ? text.story() : null;
	}

	private static String plain(BigDecimal coordinate) {
		return (coordinate != null) ? coordinate.stripTrailingZeros().toPlainString() : "";
	}

	private static BigDecimal coordinate(String field, String text, BindingResult errors) {
		String value = JapaneseText.normalizeToNull(text);
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "shop.storefront.error.coordinateNumber");
			return null;
		}
	}

	public List<FoodPermitRow> getFoodPermits() {
		return this.foodPermits;
	}

	public void setFoodPermits(List<FoodPermitRow> foodPermits) {
		this.foodPermits = foodPermits;
	}

	public String getNameJa() {
		return this.nameJa;
	}

	public void setNameJa(String nameJa) {
		this.nameJa = nameJa;
	}

	public String getStoryJa() {
		return this.storyJa;
	}

	public void setStoryJa(String storyJa) {
		this.storyJa = storyJa;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getStoryEn() {
		return this.storyEn;
	}

	public void setStoryEn(String storyEn) {
		this.storyEn = storyEn;
	}

	public String getNameKo() {
		return this.nameKo;
	}

	public void setNameKo(String nameKo) {
		this.nameKo = nameKo;
	}

	public String getStoryKo() {
		return this.storyKo;
	}

	public void setStoryKo(String storyKo) {
		this.storyKo = storyKo;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getStoryZh() {
		return this.storyZh;
	}

	public void setStoryZh(String storyZh) {
		this.storyZh = storyZh;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getPrefecture() {
		return this.prefecture;
	}

	public void setPrefecture(String prefecture) {
		this.prefecture = prefecture;
	}

	public String getLocationAddress() {
		return this.locationAddress;
	}

	public void setLocationAddress(String locationAddress) {
		this.locationAddress = locationAddress;
	}

	public String getLatitude() {
		return this.latitude;
	}

	public void setLatitude(String latitude) {
		this.latitude = latitude;
	}

	public String getLongitude() {
		return this.longitude;
	}

	public void setLongitude(String longitude) {
		this.longitude = longitude;
	}

	public String getLiquorLicenceNumber() {
		return this.liquorLicenceNumber;
	}

	public void setLiquorLicenceNumber(String liquorLicenceNumber) {
		this.liquorLicenceNumber = liquorLicenceNumber;
	}

	public String getLiquorTaxOffice() {
		return this.liquorTaxOffice;
	}

	public void setLiquorTaxOffice(String liquorTaxOffice) {
		this.liquorTaxOffice = liquorTaxOffice;
	}

	public String getLiquorManager() {
		return this.liquorManager;
	}

	public void setLiquorManager(String liquorManager) {
		this.liquorManager = liquorManager;
	}

	/** One permit as a row of the form. */
	public static class FoodPermitRow {

		private String category;

		private String number;

		private String healthCentre;

		public FoodPermitRow() {
		}

		FoodPermitRow(String category, String number, String healthCentre) {
			this.category = category;
			this.number = number;
			this.healthCentre = healthCentre;
		}

		boolean isEmpty() {
			return JapaneseText.normalizeToNull(this.category) == null
					&& JapaneseText.normalizeToNull(this.number) == null
					&& JapaneseText.normalizeToNull(this.healthCentre) == null;
		}

		public String getCategory() {
			return this.category;
		}

		public void setCategory(String category) {
			this.category = category;
		}

		public String getNumber() {
			return this.number;
		}

		public void setNumber(String number) {
			this.number = number;
		}

		public String getHealthCentre() {
			return this.healthCentre;
		}

		public void setHealthCentre(String healthCentre) {
			this.healthCentre = healthCentre;
		}

	}

}
