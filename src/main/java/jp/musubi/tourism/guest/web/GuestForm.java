package jp.musubi.tourism.guest.web;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.Size;

import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.text.PlainText;
import jp.musubi.platform.text.Prefecture;
import jp.musubi.tourism.guest.Consent;
import jp.musubi.tourism.guest.Guest;
import jp.musubi.tourism.guest.GuestDetails;
import jp.musubi.tourism.guest.Interest;
import jp.musubi.tourism.guest.Origin;

import org.springframework.validation.Errors;

/**
 * A guest's profile as the form shows it: where they come from, the language they read,
 * their interests and three consents, each given or withdrawn on its own. The booking
 * they were making rides along in hidden fields, so they come back to it.
 */
public class GuestForm {

	/**
	 * The column's length; the longest name of a municipality in Japan is far shorter.
	 */
	static final int CITY_LENGTH = 60;

	private String country;

	private String prefecture;

	@Size(max = CITY_LENGTH)
	@PlainText
	private String city;

	private String language;

	private Set<Interest> interests = EnumSet.noneOf(Interest.class);

	private boolean marketing;

	private boolean health;

	private boolean sharing;

	private String programme;

	private String arrival;

	private String partySize;

	private String redemptionCode;

	static GuestForm of(Guest guest) {
		GuestForm form = new GuestForm();
		form.country = guest.origin().country();
		form.prefecture = guest.origin().prefectureIfAny().map((prefecture) -> prefecture.code()).orElse(null);
		form.city = guest.origin().city();
		form.language = guest.language().tag();
		form.interests = guest.interests().isEmpty() ? EnumSet.noneOf(Interest.class)
				: EnumSet.copyOf(guest.interests());
		form.marketing = guest.consents(Consent.MARKETING);
		form.health = guest.consents(Consent.HEALTH);
		form.sharing = guest.consents(Consent.SHARING);
		return form;
	}

	/**
	 * The details the form says, or empty with each mistake next to its field: an unknown
	 * country or language, Japan without a prefecture.
	 */
	Optional<GuestDetails> details(Errors errors) {
		Optional<Language> language = Language.fromTag(this.language);
		if (language.isEmpty()) {
			errors.rejectValue("language", "tourism.guest.error.language");
		}
		Origin origin = null;
		if (!Countries.isKnown(this.country)) {
			errors.rejectValue("country", "tourism.guest.error.country");
		}
		else if (Origin.JAPAN.equals(this.country)) {
			Optional<Prefecture> prefecture = Prefecture.ofCode(this.prefecture);
			if (prefecture.isEmpty()) {
				errors.rejectValue("prefecture", "tourism.guest.error.prefecture");
			}
			else {
				origin = Origin.japan(prefecture.get(), this.city);
			}
		}
		else {
			origin = Origin.abroad(this.country);
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new GuestDetails(language.get(), origin, this.interests, consents()));
	}

	Set<Consent> consents() {
		Set<Consent> consents = EnumSet.noneOf(Consent.class);
		if (this.marketing) {
			consents.add(Consent.MARKETING);
		}
		if (this.health) {
			consents.add(Consent.HEALTH);
		}
		if (this.sharing) {
			consents.add(Consent.SHARING);
		}
		return consents;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getPrefecture() {
		return this.prefecture;
	}

	public void setPrefecture(String prefecture) {
		this.prefecture = prefecture;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public Set<Interest> getInterests() {
		return this.interests;
	}

	public void setInterests(Set<Interest> interests) {
		this.interests = (interests == null) ? EnumSet.noneOf(Interest.class) : interests;
	}

	public boolean isMarketing() {
		return this.marketing;
	}

	public void setMarketing(boolean marketing) {
		this.marketing = marketing;
	}

	public boolean isHealth() {
		return this.health;
	}

	public void setHealth(boolean health) {
		this.health = health;
	}

	public boolean isSharing() {
		return this.sharing;
	}

	public void setSharing(boolean sharing) {
		this.sharing = sharing;
	}

	public String getProgramme() {
		return this.programme;
	}

	public void setProgramme(String programme) {
		this.programme = programme;
	}

	public String getArrival() {
		return this.arrival;
	}

	public void setArrival(String arrival) {
		this.arrival = arrival;
	}

	public String getPartySize() {
		return this.partySize;
	}

	public void setPartySize(String partySize) {
		this.partySize = partySize;
	}

	public String getRedemptionCode() {
		return this.redemptionCode;
	}

	public void setRedemptionCode(String redemptionCode) {
		this.redemptionCode = redemptionCode;
	}

}
