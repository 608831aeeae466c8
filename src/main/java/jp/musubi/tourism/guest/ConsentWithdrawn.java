package jp.musubi.tourism.guest;

import java.util.UUID;

/**
 * A guest took back a consent (or their account was erased, which takes back all of
 * them). Published inside the transaction that changed the guest, so that what the
 * consent allowed to keep goes in the same transaction.
 */
public record ConsentWithdrawn(UUID guestId, Consent consent) {

}
