package jp.musubi.shop.shipping;

/**
 * A size class the producer declares for a boxed unit, such as 「80サイズ」 for a standard 5
 * kg fruit box: the sum of three sides is at most this many centimetres. Its room is
 * taken as that of a cube of the same sum, the most such a box can hold, so that a split
 * never packs too much into one parcel.
 */
public record DeclaredSize(int centimetres) implements ItemSize {

	public DeclaredSize {
		if (centimetres <= 0 || centimetres > 1000) {
			throw new IllegalArgumentException("Not a size class: " + centimetres);
		}
	}

	@Override
	public int sumOfSides() {
		return this.centimetres * 10;
	}

	@Override
	public long volume() {
		long side = sumOfSides() / 3L;
		return side * side * side;
	}

	@Override
	public int thickness() {
		return sumOfSides();
	}

}
