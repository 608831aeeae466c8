package jp.musubi.shop.shipping;

import java.util.Arrays;

/**
 * Three sides of a packed unit in millimetres, kept longest first: which side is "width"
 * does not matter to a carrier, only the longest, the sum and (for a letter box) the
 * thinnest.
 */
public record Dimensions(int longest, int middle, int shortest) implements ItemSize {

	public Dimensions {
		if (shortest <= 0 || middle < shortest || longest < middle) {
			throw new IllegalArgumentException(
					"Sides must be positive, longest first: " + longest + ", " + middle + ", " + shortest);
		}
	}

	/** The three sides in millimetres, in any order. */
	public static Dimensions ofMillimetres(int a, int b, int c) {
		int[] sides = { a, b, c };
		Arrays.sort(sides);
		return new Dimensions(sides[2], sides[1], sides[0]);
	}

	/** The three sides in whole centimetres, in any order. */
	public static Dimensions ofCentimetres(int a, int b, int c) {
		return ofMillimetres(Math.multiplyExact(a, 10), Math.multiplyExact(b, 10), Math.multiplyExact(c, 10));
	}

	@Override
	public int sumOfSides() {
		return this.longest + this.middle + this.shortest;
	}

	@Override
	public long volume() {
		return (long) this.longest * this.middle * this.shortest;
	}

	@Override
	public int thickness() {
		return this.shortest;
	}

}
