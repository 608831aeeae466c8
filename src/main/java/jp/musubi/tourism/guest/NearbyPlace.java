package jp.musubi.tourism.guest;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.musubi.platform.text.Prefecture;

/** A city the agent counts as nearby: its guests are a target area of their own. */
@Entity
@Table(name = "nearby_place")
public class NearbyPlace {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String prefecture;

	@Column(nullable = false)
	private String city;

	protected NearbyPlace() {
	}

	public NearbyPlace(Prefecture prefecture, String city) {
		this.id = UUID.randomUUID();
		this.prefecture = prefecture.code();
		this.city = NearbyPlaces.cityKey(city);
	}

	public UUID id() {
		return this.id;
	}

	public Prefecture prefecture() {
		return Prefecture.ofCode(this.prefecture).orElseThrow();
	}

	public String city() {
		return this.city;
	}

}
