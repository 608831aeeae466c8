package jp.musubi.tourism.guest;

import java.util.Set;

import jp.musubi.platform.i18n.Language;

/** What a guest tells the region about themselves, checked by the page or the API. */
public record GuestDetails(Language language, Origin origin, Set<Interest> interests, Set<Consent> consents) {

	public GuestDetails {
		interests = Set.copyOf(interests);
		consents = Set.copyOf(consents);
	}

}
