package jp.musubi.platform.security;

import java.io.Serializable;
import java.util.UUID;

/**
 * A machine calling the API with an organisation's token: a facility's check-in system, a
 * client's order system. It acts for the organisation, never for a person.
 */
public record ApiClient(UUID organisationId, UUID tokenId, String organisationName) implements Serializable {

}
