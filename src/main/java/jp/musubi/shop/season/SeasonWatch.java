package jp.musubi.shop.season;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A member's wish to be mailed when a product can be ordered again: its season opens (a
 * new harvest window) or its units come back. Told once; asked again after, it waits for
 * the next opening.
 */
@Entity
@Table(name = "shop_season_watch")
public class SeasonWatch {

	@Id
	private UUID id;

	@Column(name = "product_id", nullable = false)
	private UUID productId;

	@Column(name = "person_id", nullable = false)
	private UUID personId;

	// The token of the link in the mail that stops it, so stopping needs no sign-in.
	@Column(nullable = false)
	private String token;

	@Column(name = "asked_at", nullable = false)
	private Instant askedAt;

	@Column(name = "told_at")
	private Instant toldAt;

	protected SeasonWatch() {
	}

	SeasonWatch(UUID productId, UUID personId, String token, Instant now) {
		this.id = UUID.randomUUID();
		this.productId = productId;
		this.personId = personId;
		this.token = token;
		this.askedAt = now;
	}

	/** Asked again: waits for the next opening if the last one was told. */
	void askAgain(Instant now) {
		this.askedAt = now;
		this.toldAt = null;
	}

	/**
	 * The product opened: its member is to be told now.
	 * @return whether to tell, marked so it is told once
	 */
	boolean tell(Instant now) {
		if (this.toldAt != null) {
			return false;
		}
		this.toldAt = now;
		return true;
	}

	public UUID id() {
		return this.id;
	}

	public UUID productId() {
		return this.productId;
	}

	public UUID personId() {
		return this.personId;
	}

	public String token() {
		return this.token;
	}

	public boolean isWaiting() {
		return this.toldAt == null;
	}

}
