package jp.musubi.tourism.facility;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.musubi.platform.i18n.Language;

/**
 * Something a facility can be booked for and how many of it there are each day: twelve
 * rooms, eight therapy sessions, four checkup slots.
 */
@Entity
@Table(name = "capacity")
public class Capacity {

	/** More than any partner facility offers of one thing in a day. */
	public static final int MAX_UNITS_PER_DAY = 5000;

	@Id
	private UUID id;

	@Column(name = "facility_id", nullable = false)
	private UUID facilityId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CapacityKind kind;

	@Column(nullable = false)
	private String name;

	@Column(name = "units_per_day", nullable = false)
	private int unitsPerDay;

	@Column(nullable = false)
	private boolean active;

	/** The name in each other language the facility wrote one in, by language tag. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "capacity_name", joinColumns = @JoinColumn(name = "capacity_id"))
	@MapKeyColumn(name = "language")
	@Column(name = "name", nullable = false)
	private Map<String, String> translations = new HashMap<>();

	@Version
	private long version;

	protected Capacity() {
	}

	Capacity(UUID facilityId, CapacityKind kind, String name, int unitsPerDay) {
		this.id = UUID.randomUUID();
		this.facilityId = facilityId;
		this.active = true;
		change(kind, name, unitsPerDay, true);
	}

	void change(CapacityKind kind, String name, int unitsPerDay, boolean active) {
		if (unitsPerDay < 0 || unitsPerDay > MAX_UNITS_PER_DAY) {
			throw new IllegalArgumentException("Units per day out of range: " + unitsPerDay);
		}
		this.kind = kind;
		this.name = name;
		this.unitsPerDay = unitsPerDay;
		this.active = active;
	}

	public UUID id() {
		return this.id;
	}

	public UUID facilityId() {
		return this.facilityId;
	}

	public CapacityKind kind() {
		return this.kind;
	}

	/** The name in Japanese, the one every capacity has. */
	public String name() {
		return this.name;
	}

	/**
	 * The name a guest reading this language sees: the facility's own wording in it, or
	 * the Japanese name, which the page then marks as Japanese.
	 */
	public LocalName name(Language language) {
		String translated = (language == Language.JA) ? null : this.translations.get(language.tag());
		return (translated != null) ? new LocalName(translated, language) : new LocalName(this.name, Language.JA);
	}

	/** The names in the other languages, as the facility wrote them. */
	public Map<Language, String> translations() {
		Map<Language, String> names = new EnumMap<>(Language.class);
		this.translations
			.forEach((tag, text) -> Language.fromTag(tag).ifPresent((language) -> names.put(language, text)));
		return names;
	}

	void translate(Map<Language, String> names) {
		this.translations.clear();
		names.forEach((language, text) -> {
			if (language != Language.JA && text != null && !text.isBlank()) {
				this.translations.put(language.tag(), text);
			}
		});
	}

	public int unitsPerDay() {
		return this.unitsPerDay;
	}

	public boolean isActive() {
		return this.active;
	}

	public long version() {
		return this.version;
	}

	/**
	 * A name and the language it is in; when that is not the language asked for, the page
	 * says so beside it.
	 */
	public record LocalName(String text, Language language) {

		public boolean isIn(Language asked) {
			return this.language == asked;
		}

	}

}
