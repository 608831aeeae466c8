package jp.musubi.tourism.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A campaign mail's subject and body in one language. */
@Embeddable
public record CampaignText(@Column(nullable = false) String language, @Column(nullable = false) String subject,
		@Column(nullable = false) String body) {

}
