package jp.musubi.tourism.programme;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One part of a programme: a capacity of some facility, taken on {@code days} days from
 * day {@code firstDay} of the stay (day 0 is the day of arrival), one unit per person or
 * one per party. Three nights of lodging are days 0 to 2; a checkup on the first morning
 * is day 0.
 */
@Entity
@Table(name = "programme_component")
public class ProgrammeComponent {

	@Id
	private UUID id;

	@Column(name = "programme_id", nullable = false)
	private UUID programmeId;

	@Column(name = "capacity_id", nullable = false)
	private UUID capacityId;

	@Column(name = "first_day", nullable = false)
	private int firstDay;

	@Column(nullable = false)
	private int days;

	@Column(name = "per_person", nullable = false)
	private boolean perPerson;

	@Column(nullable = false)
	private int position;

	protected ProgrammeComponent() {
	}

	ProgrammeComponent(UUID programmeId, Component component, int position) {
		this.id = UUID.randomUUID();
		this.programmeId = programmeId;
		this.capacityId = component.capacityId();
		this.firstDay = component.firstDay();
		this.days = component.days();
		this.perPerson = component.perPerson();
		this.position = position;
	}

	public UUID id() {
		return this.id;
	}

	public Component component() {
		return new Component(this.capacityId, this.firstDay, this.days, this.perPerson);
	}

	public int position() {
		return this.position;
	}

}
