package jp.musubi.tourism.web;

import jakarta.validation.constraints.Size;

import jp.musubi.platform.text.PlainText;
import jp.musubi.tourism.facility.Capacity;
import jp.musubi.tourism.facility.CapacityKind;

import org.springframework.validation.BindingResult;

/** Something the facility can be booked for, as its staff add or change it. */
public class CapacityForm {

	private CapacityKind kind;

	@Size(max = 120)
	@PlainText
	private String name;

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
		form.unitsPerDay = capacity.unitsPerDay();
		form.active = capacity.isActive();
		return form;
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
