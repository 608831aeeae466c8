package jp.musubi.platform.payment;

import java.net.URI;

/**
 * A checkout the provider has opened: the payer is sent to {@code redirectTo}, and the
 * provider's webhooks name the session by {@code sessionId}.
 */
public record HostedCheckout(String sessionId, URI redirectTo) {

}
