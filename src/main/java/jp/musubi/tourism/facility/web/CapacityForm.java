package jp.musubi.tourism.facility.web;

import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.Size;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.text.PlainText;
import jp.musubi.tourism.facility.Capacity;
import jp.musubi.tourism.facility.CapacityKind;
import jp.musubi.tourism.programme.web.TourismForms;

import org.springframework.validation.BindingResult;

/** Something the facility can be booked for, as its staff add or change it. */
public class CapacityForm {

	private CapacityKind kind;

	@Size(max = 120)
	@PlainText
	private String name;

	@Size(max = 120)
	@PlainText
	private String nameEn;

	@Size(max = 120)
	@PlainText
	private String nameKo;

	@Size(max = 120)
	@PlainText
	private String nameZh;

	private Integer unitsPerDay;

	private boolean active = true;

	/** Kind, name and 0 to 5000 units a day, each with its own message. */
	boolean check(BindingResult errors) {
		TourismForms.required(errors, "kind", this.kind, "tourism.capacity.error.kind");
		TourismForms.required(errors, "name", this.name, "tourism.capacity.error.name");
		TourismForms.required(errors, "unitsPerDay", this.unitsPerDay, "tourism.capacity.error.units");
		TourismForms.range(errors, "unitsPerDay", this.unitsPerDay, 0, Capacity.MAX_UNITS_PER_DAY,
				"tourism.capacity.error.units");
		return !errors.hasErrors();
	}

	static CapacityForm of(Capacity capacity) {
		CapacityForm form = new CapacityForm();
		form.kind = capacity.kind();
		form.name = capacity.name();
		Map<Language, String> translations = capacity.translations();
		form.nameEn = translations.get(Language.EN);
		form.nameKo = translations.get(Language.KO);
		form.nameZh = translations.get(Language.ZH_CN);
		form.unitsPerDay = capacity.unitsPerDay();
		form.active = capacity.isActive();
		return form;
	}

	/**
	 * The names guests read in English, Korean and Chinese; empty ones show the Japanese.
	 */
	Map<Language, String> translations() {
		Map<Language, String> names = new EnumMap<>(Language.class);
		put(names, Language.EN, this.nameEn);
		put(names, Language.KO, this.nameKo);
		put(names, Language.ZH_CN, this.nameZh);
		return names;
	}

	private static void put(Map<Language, String> names, Language language, String name) {
		String tidy = JapaneseText.tidy(name);
		if (tidy != null && !tidy.isEmpty()) {
			names.put(language, tidy);
		}
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getNameKo() {
		return this.nameKo;
	}

	public void setNameKo(String nameKo) {
		this.nameKo = nameKo;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public CapacityKind getKind() {
		return this.kind;
	}

	public void setKind(CapacityKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Integer getUnitsPerDay() {
		return this.unitsPerDay;
	}

	public void setUnitsPerDay(Integer unitsPerDay) {
		this.unitsPerDay = unitsPerDay;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
