package jp.musubi.platform.payment;

import java.io.Serializable;

/**
 * What an import of a bank's notice did: credits matched to an expected transfer (and
 * published as received), credits left for the agent's staff to assign by hand (no code,
 * an amount that differs, a cancellation, a reference already paid), and credits that an
 * earlier import had already brought in, which changed nothing. Serializable, as a page
 * shows it after a redirect, from the session.
 */
public record TransferImport(int matched, int unmatched, int alreadyImported) implements Serializable {

}
