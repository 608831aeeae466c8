package jp.musubi.tourism.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.musubi.platform.text.PlainText;
import jp.musubi.tourism.facility.Capacity;
import jp.musubi.tourism.facility.CapacityKind;

/** Something the facility can be booked for, as its staff add or change it. */
public class CapacityForm {

	@NotNull(message = "{tourism.capacity.error.kind}")
	private CapacityKind kind;

	@NotBlank(message = "{tourism.capacity.error.name}")
	@Size(max = 120)
	@PlainText
	private String name;

	@NotNull(message = "{tourism.capacity.error.units}")
	@Min(value = 0, message = "{tourism.capacity.error.units}")
	@Max(value = Capacity.MAX_UNITS_PER_DAY, message = "{tourism.capacity.error.units}")
	private Integer unitsPerDay;

	private boolean active = true;

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
