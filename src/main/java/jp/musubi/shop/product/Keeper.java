package jp.musubi.shop.product;

import java.util.UUID;

import jp.musubi.platform.refusal.NotFound;
import jp.musubi.platform.security.ApiClient;
import jp.musubi.platform.security.CurrentUser;

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

	/**
	 * Who an API call acts as: an organisation's system by its token, or a person signed
	 * in; nobody else keeps a range.
	 * @param principal the call's authenticated principal, or {@code null}
	 * @param subject what the call named, said not found to anyone else
	 * @throws NotFound for a caller who is neither
	 */
	public static Keeper of(Object principal, String subject, UUID subjectId) {
		if (principal instanceof ApiClient client) {
			return organisation(client.organisationId());
		}
		if (principal instanceof CurrentUser user) {
			return person(user.accountId());
		}
		throw new NotFound(subject, subjectId);
	}

}
