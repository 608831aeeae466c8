package jp.musubi.shop.product;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.musubi.platform.money.Yen;

/**
 * One size of a product as buyers choose it: its price with tax (総額表示), and its parcel's
 * weight and sides for the carrier's limits and fees.
 */
@Entity
@Table(name = "shop_variant")
public class Variant {

	@Id
	private UUID id;

	@Column(name = "product_id", nullable = false)
	private UUID productId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String label;

	@Column(nullable = false)
	private Yen price;

	@Column(name = "weight_grams", nullable = false)
	private int weightGrams;

	@Column(name = "length_cm", nullable = false)
	private int lengthCm;

	@Column(name = "width_cm", nullable = false)
	private int widthCm;

	@Column(name = "height_cm", nullable = false)
	private int heightCm;

	protected Variant() {
	}

	Variant(UUID productId, int position, ProductTerms.VariantTerms terms) {
		this.id = UUID.randomUUID();
		this.productId = productId;
		this.position = position;
		change(terms);
	}

	final void change(ProductTerms.VariantTerms terms) {
		this.label = terms.label().strip();
		this.price = terms.price();
		this.weightGrams = terms.weightGrams();
		this.lengthCm = terms.lengthCm();
		this.widthCm = terms.widthCm();
		this.heightCm = terms.heightCm();
	}

	public UUID id() {
		return this.id;
	}

	public String label() {
		return this.label;
	}

	/** The price with tax, as every page shows it. */
	public Yen price() {
		return this.price;
	}

	public int weightGrams() {
		return this.weightGrams;
	}

	/** The sum of the three sides, by which carriers size a parcel. */
	public int sizeCm() {
		return this.lengthCm + this.widthCm + this.heightCm;
	}

	public int lengthCm() {
		return this.lengthCm;
	}

	public int widthCm() {
		return this.widthCm;
	}

	public int heightCm() {
		return this.heightCm;
	}

}
