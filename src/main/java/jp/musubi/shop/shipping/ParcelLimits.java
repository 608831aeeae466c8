package jp.musubi.shop.shipping;

/**
 * The largest parcel a method takes, in millimetres and grams; a side without its own
 * limit holds {@link #NONE}. Box methods limit the sum of three sides (and some the
 * longest side); post-box methods limit each side, the shortest being the thickness a
 * letter box slot lets through.
 */
public record ParcelLimits(int sumOfSides, int longest, int middle, int shortest, int grams) {

	/** No limit of its own on this measure. */
	public static final int NONE = Integer.MAX_VALUE;

	public ParcelLimits {
		if (sumOfSides <= 0 || longest <= 0 || middle <= 0 || shortest <= 0 || grams <= 0) {
			throw new IllegalArgumentException("Not parcel limits");
		}
		if (sumOfSides == NONE && (longest == NONE || middle == NONE || shortest == NONE)) {
			throw new IllegalArgumentException("A parcel needs a limit on its size");
		}
	}

	static ParcelLimits box(int sumOfSidesCm, int longestCm, int kilograms) {
		return new ParcelLimits(sumOfSidesCm * 10, (longestCm == NONE) ? NONE : longestCm * 10, NONE, NONE,
				kilograms * 1000);
	}

	/** A thin parcel for a letter box: items are stacked, their thicknesses add up. */
	boolean isThin() {
		return this.shortest != NONE;
	}

	boolean fits(ItemSize size) {
		if (size.sumOfSides() > this.sumOfSides) {
			return false;
		}
		if (size instanceof Dimensions sides) {
			return sides.longest() <= this.longest && sides.middle() <= this.middle
					&& sides.shortest() <= this.shortest;
		}
		return true;
	}

	/**
	 * Whether a box of this sum of sides passes every side limit whatever its shape: its
	 * longest side is under the sum, its middle under half and its shortest under a
	 * third. Where that cannot be shown (a letter box slot, チルドゆうパック's 1 m), the item
	 * must say its three sides.
	 */
	boolean fitsAnyShapeOf(DeclaredSize size) {
		long sum = size.sumOfSides();
		return sum <= this.longest && sum / 2 <= this.middle && sum / 3 <= this.shortest;
	}

	/**
	 * The volume of the largest box within the limits, in cubic millimetres: a cube when
	 * only the sum counts (the cube has the most room for a given sum), narrowed where a
	 * side has its own limit.
	 */
	long capacity() {
		long sum = (this.sumOfSides == NONE) ? (long) this.longest + this.middle + this.shortest : this.sumOfSides;
		long thinnest = Math.min(this.shortest, sum / 3);
		long rest = sum - thinnest;
		long middle = Math.min(this.middle, rest / 2);
		long longest = Math.min(this.longest, rest - middle);
		middle = Math.min(this.middle, Math.min(rest - longest, longest));
		return thinnest * middle * longest;
	}

}
