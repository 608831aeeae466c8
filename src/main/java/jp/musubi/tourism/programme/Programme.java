package jp.musubi.tourism.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.money.Yen;
import jp.musubi.tourism.facility.Hold;

/**
 * A programme the agent offers guests: components at one or more facilities, a price per
 * person, a season, a party size, a cancellation policy, and its texts in the four
 * languages. Guests see it once it is published, which needs every language's text and a
 * component.
 */
@Entity
@Table(name = "programme")
public class Programme {

	/** The languages a published programme speaks. */
	public static final Set<Language> LANGUAGES = EnumSet.allOf(Language.class);

	@Id
	private UUID id;

	@Column(nullable = false)
	private String code;

	@Column(nullable = false)
	private int nights;

	@Column(name = "price_per_person", nullable = false)
	private Yen pricePerPerson;

	@Column(name = "season_start", nullable = false)
	private LocalDate seasonStart;

	@Column(name = "season_end", nullable = false)
	private LocalDate seasonEnd;

	@Column(name = "min_party", nullable = false)
	private int minParty;

	@Column(name = "max_party", nullable = false)
	private int maxParty;

	@Column(name = "free_cancellation_days", nullable = false)
	private int freeCancellationDays;

	@Column(name = "cancellation_fee_percent", nullable = false)
	private int cancellationFeePercent;

	@Column(nullable = false)
	private boolean published;

	@Column(name = "created_by", nullable = false)
	private UUID createdBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "programme_text", joinColumns = @JoinColumn(name = "programme_id"))
	private Set<ProgrammeText> texts = new HashSet<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "programme_id", insertable = false, updatable = false)
	@OrderBy("position")
	private List<ProgrammeComponent> components = new ArrayList<>();

	@Version
	private long version;

	protected Programme() {
	}

	Programme(ProgrammeTerms terms, UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.createdBy = createdBy;
		change(terms, now);
	}

	void change(ProgrammeTerms terms, Instant now) {
		this.code = terms.code();
		this.nights = terms.nights();
		this.pricePerPerson = terms.pricePerPerson();
		this.seasonStart = terms.seasonStart();
		this.seasonEnd = terms.seasonEnd();
		this.minParty = terms.minParty();
		this.maxParty = terms.maxParty();
		this.freeCancellationDays = terms.freeCancellationDays();
		this.cancellationFeePercent = terms.cancellationFeePercent();
		this.texts.clear();
		terms.texts()
			.forEach(
					(language, text) -> this.texts.add(new ProgrammeText(language.tag(), text.name(), text.summary())));
		this.components.clear();
		for (Component component : terms.components()) {
			this.components.add(new ProgrammeComponent(this.id, component, this.components.size()));
		}
		if (!isComplete()) {
			this.published = false;
		}
		this.updatedAt = now;
	}

	/**
	 * Every language's text and at least one component: what a guest needs to book it.
	 */
	public boolean isComplete() {
		return !this.components.isEmpty() && missingLanguages().isEmpty();
	}

	public Set<Language> missingLanguages() {
		Set<Language> missing = EnumSet.copyOf(LANGUAGES);
		this.texts.forEach((text) -> Language.fromTag(text.language()).ifPresent(missing::remove));
		return missing;
	}

	void publish(boolean published, Instant now) {
		if (published && !isComplete()) {
			throw new IllegalStateException("Programme " + this.code + " is not complete");
		}
		this.published = published;
		this.updatedAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public String code() {
		return this.code;
	}

	public int nights() {
		return this.nights;
	}

	public Yen pricePerPerson() {
		return this.pricePerPerson;
	}

	public LocalDate seasonStart() {
		return this.seasonStart;
	}

	public LocalDate seasonEnd() {
		return this.seasonEnd;
	}

	public int minParty() {
		return this.minParty;
	}

	public int maxParty() {
		return this.maxParty;
	}

	public int freeCancellationDays() {
		return this.freeCancellationDays;
	}

	public int cancellationFeePercent() {
		return this.cancellationFeePercent;
	}

	public boolean isPublished() {
		return this.published;
	}

	public UUID createdBy() {
		return this.createdBy;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public long version() {
		return this.version;
	}

	public List<Component> components() {
		return this.components.stream().map(ProgrammeComponent::component).toList();
	}

	/** The text in this language, or in Japanese when there is none in it. */
	public ProgrammeTerms.Text text(Language language) {
		return textIn(language).or(() -> textIn(Language.DEFAULT))
			.or(() -> this.texts.stream()
				.findFirst()
				.map((text) -> new ProgrammeTerms.Text(text.name(), text.summary())))
			.orElse(new ProgrammeTerms.Text(this.code, ""));
	}

	public Optional<ProgrammeTerms.Text> textIn(Language language) {
		return this.texts.stream()
			.filter((text) -> text.language().equals(language.tag()))
			.findFirst()
			.map((text) -> new ProgrammeTerms.Text(text.name(), text.summary()));
	}

	public ProgrammeTerms terms() {
		Map<Language, ProgrammeTerms.Text> texts = new java.util.EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			textIn(language).ifPresent((text) -> texts.put(language, text));
		}
		return new ProgrammeTerms(this.code, this.nights, this.pricePerPerson, this.seasonStart, this.seasonEnd,
				this.minParty, this.maxParty, this.freeCancellationDays, this.cancellationFeePercent, texts,
				components());
	}

	/** The day a stay that starts on {@code arrival} ends: the day of departure. */
	public LocalDate departure(LocalDate arrival) {
		int lastComponentDay = this.components.stream()
			.mapToInt((component) -> component.component().end() - 1)
			.max()
			.orElse(0);
		return arrival.plusDays(Math.max(this.nights, lastComponentDay));
	}

	public boolean inSeason(LocalDate arrival) {
		return !arrival.isBefore(this.seasonStart) && !arrival.isAfter(this.seasonEnd);
	}

	public Yen price(int party) {
		return this.pricePerPerson.times(party);
	}

	/**
	 * What a stay from {@code arrival} for {@code party} people takes of every capacity.
	 */
	public List<Hold> holds(LocalDate arrival, int party) {
		return this.components.stream()
			.flatMap((component) -> component.component().holds(arrival, party).stream())
			.toList();
	}

	public CancellationPolicy cancellationPolicy() {
		return new CancellationPolicy(this.freeCancellationDays, this.cancellationFeePercent);
	}

	/** The last day a booking can be changed or cancelled without a fee. */
	public LocalDate freeCancellationUntil(LocalDate arrival) {
		return cancellationPolicy().freeUntil(arrival);
	}

	/** The fee for cancelling a booking at this price on {@code today}. */
	public Yen cancellationFee(Yen price, LocalDate arrival, LocalDate today) {
		return cancellationPolicy().fee(price, arrival, today);
	}

}
