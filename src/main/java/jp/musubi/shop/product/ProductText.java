package jp.musubi.shop.product;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A product's name and description in one language. */
@Embeddable
public record ProductText(@Column(nullable = false) String language, @Column(nullable = false) String name,
		String description) {

}
