package jp.musubi.shop.storefront;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A storefront's name and story in one language; the name only in Japanese is required,
 * the others show it when they have none.
 */
@Embeddable
public record StorefrontText(@Column(nullable = false) String language, String name, String story) {

}
