package jp.musubi.shop.shipping;

/**
 * A price step of a method (60サイズ, 80サイズ, ...): parcels up to this sum of three sides and
 * this weight pay the same. Yamato's steps go up with weight too (a 3 kg parcel of 55 cm
 * is an 80サイズ); ゆうパック's only with size. A post-box method has one flat step,
 * {@link #isFlat()}.
 *
 * @param centimetres the largest sum of three sides of the step; 0 for a flat rate
 * @param grams the heaviest parcel of the step
 */
public record SizeBand(int centimetres, int grams) {

	public SizeBand {
		if (centimetres < 0 || grams <= 0) {
			throw new IllegalArgumentException("Not a size band: " + centimetres + " cm, " + grams + " g");
		}
	}

	static SizeBand flat(int grams) {
		return new SizeBand(0, grams);
	}

	/** One price whatever the size within the method's limits (ネコポス, ゆうパケット). */
	public boolean isFlat() {
		return this.centimetres == 0;
	}

	boolean holds(int sumOfSidesMillimetres, int grams) {
		return (isFlat() || sumOfSidesMillimetres <= this.centimetres * 10) && grams <= this.grams;
	}

	/** "80サイズ", or the flat rate's label; the key takes the centimetres. */
	public String messageKey() {
		return isFlat() ? "shop.shipping.band.flat" : "shop.shipping.band";
	}

	@Override
	public String toString() {
		return isFlat() ? "flat" : Integer.toString(this.centimetres);
	}

}
