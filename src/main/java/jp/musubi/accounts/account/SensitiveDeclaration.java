package jp.musubi.accounts.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A member's declaration of a sensitive attribute, with when and to which text they
 * consented.
 */
@Embeddable
public class SensitiveDeclaration {

	@Enumerated(EnumType.STRING)
	@Column(name = "attribute")
	private SensitiveAttribute attribute;

	@Column(name = "consented_at")
	private Instant consentedAt;

	@Column(name = "consent_version")
	private String consentVersion;

	protected SensitiveDeclaration() {
	}

	SensitiveDeclaration(SensitiveAttribute attribute, Instant consentedAt, String consentVersion) {
		this.attribute = attribute;
		this.consentedAt = consentedAt;
		this.consentVersion = consentVersion;
	}

	public SensitiveAttribute attribute() {
		return this.attribute;
	}

	public Instant consentedAt() {
		return this.consentedAt;
	}

	public String consentVersion() {
		return this.consentVersion;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SensitiveDeclaration declaration && declaration.attribute == this.attribute;
	}

	@Override
	public int hashCode() {
		return this.attribute.hashCode();
	}

}
