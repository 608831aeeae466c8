package jp.musubi.shop.product;

import java.util.UUID;

/**
 * Who keeps a producer's range: one of its people signed in, or its own system calling
 * the API with the organisation's token, which acts for the organisation and never for a
 * person.
 */
public record Keeper(UUID personId, UUID organisationId) {

	public static Keeper person(UUID personId) {
		return new Keeper(personId, null);
	}

	public static Keeper organisation(UUID organisationId) {
		return new Keeper(null, organisationId);
	}

}
