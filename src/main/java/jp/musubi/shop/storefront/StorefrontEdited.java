package jp.musubi.shop.storefront;

import java.util.UUID;

/**
 * A producer's storefront was written or changed, in the transaction that changed it: the
 * shop's search knows its products by their producer's names, and takes them again.
 */
public record StorefrontEdited(UUID producerId) {

}
