package jp.musubi.platform.payment;

/**
 * What became of a webhook: applied (an event was published, or nothing needed doing),
 * already seen (a replay: nothing changed), or ignored (an event of a kind Musubi does
 * not act on, recorded so a replay is known too). A provider is answered 200 for each, so
 * it stops sending.
 */
public enum WebhookOutcome {

	APPLIED, ALREADY_SEEN, IGNORED

}
