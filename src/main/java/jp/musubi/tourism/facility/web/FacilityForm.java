package jp.musubi.tourism.facility.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.musubi.platform.text.JapanesePostalCode;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.PlainText;
import jp.musubi.platform.text.PostalCode;
import jp.musubi.tourism.facility.FacilityDescription;
import jp.musubi.tourism.programme.web.TourismForms;

import org.springframework.validation.BindingResult;

/**
 * The facility's description as its staff edit it. Coordinates are typed as text so that
 * "37,5" or "北緯37度" gets a message about coordinates, not a generic format error.
 */
public class FacilityForm {

	/** The database keeps six decimals: about ten centimetres, more than a map needs. */
	private static final int COORDINATE_SCALE = 6;

	@Size(max = 120)
	@PlainText
	private String name;

	@Size(max = 4000)
	@PlainText
	private String description;

	@JapanesePostalCode
	private String postalCode;

	@Size(max = 200)
	@PlainText
	private String address;

	private String latitude;

	private String longitude;

	@Size(max = 500)
	@PlainText
	private String openingHours;

	@Size(max = 20)
	@Pattern(regexp = "^$|^[0-9０-９+＋][0-9０-９\\-－ー ()（）]{5,19}$", message = "{tourism.facility.error.phone}")
	private String phone;

	/** The version the form was opened at. */
	private Long version;

	static FacilityForm of(FacilityDescription description) {
		FacilityForm form = new FacilityForm();
		form.name = description.name();
		form.description = description.description();
		form.postalCode = description.postalCode();
		form.address = description.address();
		form.latitude = (description.latitude() != null) ? description.latitude().stripTrailingZeros().toPlainString()
				: "";
		form.longitude = (description.longitude() != null)
				? description.longitude().stripTrailingZeros().toPlainString() : "";
		form.openingHours = description.openingHours();
		form.phone = description.phone();
		return form;
	}

	/**
	 * The description as the domain takes it, or null when a coordinate is not a number
	 * (the error is then on the form).
	 */
	FacilityDescription toDescription(BindingResult errors) {
		TourismForms.required(errors, "name", this.name, "tourism.facility.error.name");
		BigDecimal lat = coordinate("latitude", this.latitude, errors);
		BigDecimal lon = coordinate("longitude", this.longitude, errors);
		if (errors.hasErrors()) {
			return null;
		}
		return new FacilityDescription(JapaneseText.tidy(this.name), blankToNull(this.description),
				PostalCode.parse(this.postalCode).map(PostalCode::value).orElse(null), tidyToNull(this.address), lat,
				lon, blankToNull(this.openingHours), tidyToNull(this.phone));
	}

	private static BigDecimal coordinate(String field, String text, BindingResult errors) {
		String value = JapaneseText.normalizeToNull(text);
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value.strip()).setScale(COORDINATE_SCALE, RoundingMode.HALF_UP);
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "tourism.facility.error.coordinateNumber");
			return null;
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String tidyToNull(String text) {
		return (text == null || text.isBlank()) ? null : JapaneseText.tidy(text);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/**
	 * Whether someone saved the thing after this form was opened: their change would be
	 * lost without a word if this one were saved over it.
	 */
	boolean isStale(long current) {
		return this.version != null && this.version != current;
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

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
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

	public String getOpeningHours() {
		return this.openingHours;
	}

	public void setOpeningHours(String openingHours) {
		this.openingHours = openingHours;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

}
