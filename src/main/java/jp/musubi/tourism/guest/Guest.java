package jp.musubi.tourism.guest;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.text.Prefecture;

/**
 * A guest of the region as the CRM knows them: where they come from, the language they
 * read, what interests them, and the consents they gave, each with the time they gave it.
 */
@Entity
@Table(name = "guest")
public class Guest {

	@Id
	private UUID id;

	@Column(name = "account_id")
	private UUID accountId;

	@Column(nullable = false)
	private String language;

	@Column(name = "origin_country", nullable = false)
	private String originCountry;

	@Column(name = "origin_prefecture")
	private String originPrefecture;

	@Column(name = "origin_city")
	private String originCity;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_area", nullable = false)
	private TargetArea targetArea;

	private String interests;

	@Column(name = "marketing_consent_at")
	private Instant marketingConsentAt;

	@Column(name = "health_consent_at")
	private Instant healthConsentAt;

	@Column(name = "sharing_consent_at")
	private Instant sharingConsentAt;

	@Column(name = "marketing_consent_version")
	private String marketingConsentVersion;

	@Column(name = "health_consent_version")
	private String healthConsentVersion;

	@Column(name = "sharing_consent_version")
	private String sharingConsentVersion;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Guest() {
	}

	Guest(UUID accountId, Language language, Origin origin, TargetArea area, Instant now) {
		this.id = UUID.randomUUID();
		this.accountId = accountId;
		this.createdAt = now;
		this.language = language.tag();
		moveTo(origin, area);
	}

	void moveTo(Origin origin, TargetArea area) {
		this.originCountry = origin.country();
		this.originPrefecture = origin.prefectureIfAny().map(Prefecture::code).orElse(null);
		this.originCity = origin.city();
		this.targetArea = area;
	}

	void speak(Language language) {
		this.language = language.tag();
	}

	void interestedIn(Set<Interest> interests) {
		this.interests = interests.isEmpty() ? null
				: interests.stream().map(Interest::name).sorted().collect(Collectors.joining(","));
	}

	/** Gives or withdraws a consent; true when that changed anything. */
	boolean consent(Consent consent, boolean given, Instant now) {
		if (given == consents(consent)) {
			return false;
		}
		Instant at = given ? now : null;
		String version = given ? Consent.TEXT_VERSION : null;
		switch (consent) {
			case MARKETING -> {
				this.marketingConsentAt = at;
				this.marketingConsentVersion = version;
			}
			case HEALTH -> {
				this.healthConsentAt = at;
				this.healthConsentVersion = version;
			}
			case SHARING -> {
				this.sharingConsentAt = at;
				this.sharingConsentVersion = version;
			}
		}
		return true;
	}

	void forget() {
		this.accountId = null;
		this.originCity = null;
		this.interests = null;
		this.marketingConsentAt = null;
		this.healthConsentAt = null;
		this.sharingConsentAt = null;
		this.marketingConsentVersion = null;
		this.healthConsentVersion = null;
		this.sharingConsentVersion = null;
	}

	public UUID id() {
		return this.id;
	}

	public Optional<UUID> accountId() {
		return Optional.ofNullable(this.accountId);
	}

	public Language language() {
		return Language.fromTag(this.language).orElse(Language.DEFAULT);
	}

	public Origin origin() {
		return new Origin(this.originCountry, Prefecture.ofCode(this.originPrefecture).orElse(null), this.originCity);
	}

	public TargetArea targetArea() {
		return this.targetArea;
	}

	public Set<Interest> interests() {
		if (this.interests == null) {
			return Set.of();
		}
		return Arrays.stream(this.interests.split(","))
			.map(Interest::valueOf)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	public boolean consents(Consent consent) {
		return consentedAt(consent).isPresent();
	}

	public Optional<Instant> consentedAt(Consent consent) {
		return Optional.ofNullable(switch (consent) {
			case MARKETING -> this.marketingConsentAt;
			case HEALTH -> this.healthConsentAt;
			case SHARING -> this.sharingConsentAt;
		});
	}

	public Set<Consent> consents() {
		Set<Consent> given = EnumSet.noneOf(Consent.class);
		for (Consent consent : Consent.values()) {
			if (consents(consent)) {
				given.add(consent);
			}
		}
		return given;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public long version() {
		return this.version;
	}

}
