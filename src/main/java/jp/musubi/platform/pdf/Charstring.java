package jp.musubi.platform.pdf;

import java.util.Arrays;

/**
 * The Type 2 charstring of one glyph with its subroutine calls replaced by the
 * subroutines themselves. A subset then needs no subroutines at all: the Noto CJK fonts
 * share about a megabyte of them among 65,535 glyphs, and finding which ones a hundred
 * glyphs use costs the same reading as writing them out in place.
 */
final class Charstring {

	private static final int HSTEM = 1;

	private static final int VSTEM = 3;

	private static final int CALLSUBR = 10;

	private static final int RETURN = 11;

	private static final int ESCAPE = 12;

	private static final int ENDCHAR = 14;

	private static final int HSTEMHM = 18;

	private static final int HINTMASK = 19;

	private static final int CNTRMASK = 20;

	private static final int VSTEMHM = 23;

	private static final int CALLGSUBR = 29;

	// The Type 2 limit is ten; a deeper call means a broken font, not a deep glyph.
	private static final int MAX_NESTING = 10;

	private final CffIndex globalSubrs;

	private final CffIndex localSubrs;

	private byte[] out = new byte[256];

	private int length;

	// Where each operand on the stack starts in the output, and its integer value.
	private final int[] operandStarts = new int[96];

	private final int[] operandValues = new int[96];

	private int depth;

	private int stems;

	private boolean ended;

	private Charstring(CffIndex globalSubrs, CffIndex localSubrs) {
		this.globalSubrs = globalSubrs;
		this.localSubrs = localSubrs;
	}

	/**
	 * The glyph program with every {@code callsubr} and {@code callgsubr} written out.
	 * @param localSubrs the subroutines of the glyph's font DICT, or {@code null}
	 */
	static byte[] inline(byte[] program, CffIndex globalSubrs, CffIndex localSubrs) {
		Charstring charstring = new Charstring(globalSubrs, localSubrs);
		charstring.run(program, 0);
		return Arrays.copyOf(charstring.out, charstring.length);
	}

	private void run(byte[] program, int nesting) {
		if (nesting > MAX_NESTING) {
			throw new IllegalArgumentException("Subroutines nested deeper than " + MAX_NESTING);
		}
		int i = 0;
		while (i < program.length && !this.ended) {
			int b0 = program[i] & 0xff;
			if (b0 == 28 || b0 >= 32) {
				i = push(program, i, b0);
			}
			else if (b0 == CALLSUBR || b0 == CALLGSUBR) {
				CffIndex subrs = (b0 == CALLSUBR) ? this.localSubrs : this.globalSubrs;
				if (subrs == null || this.depth == 0) {
					throw new IllegalArgumentException("A subroutine call without subroutines or number");
				}
				int number = pop();
				run(subrs.get(number + bias(subrs.count())), nesting + 1);
				i++;
			}
			else if (b0 == RETURN) {
				return;
			}
			else if (b0 == ENDCHAR) {
				write(program, i, 1);
				this.ended = true;
			}
			else if (b0 == HINTMASK || b0 == CNTRMASK) {
				// Operands left before the first mask are an implied vstem.
				this.stems += this.depth / 2;
				int maskLength = (this.stems + 7) / 8;
				write(program, i, 1 + maskLength);
				this.depth = 0;
				i += 1 + maskLength;
			}
			else if (b0 == ESCAPE) {
				int operator = program[i + 1] & 0xff;
				// Arithmetic (add, put, get, ...) could compute a subroutine number;
				// Noto has none, so refuse rather than guess. 12 0 is a no-op.
				if (operator > 0 && operator < 34) {
					throw new IllegalArgumentException("Unsupported charstring operator 12 " + operator);
				}
				write(program, i, 2);
				this.depth = 0;
				i += 2;
			}
			else {
				if (b0 == HSTEM || b0 == VSTEM || b0 == HSTEMHM || b0 == VSTEMHM) {
					this.stems += this.depth / 2;
				}
				write(program, i, 1);
				this.depth = 0;
				i++;
			}
		}
	}

	private int push(byte[] program, int at, int b0) {
		int size;
		int value;
		if (b0 == 28) {
			size = 3;
			value = (short) (((program[at + 1] & 0xff) << 8) | (program[at + 2] & 0xff));
		}
		else if (b0 <= 246) {
			size = 1;
			value = b0 - 139;
		}
		else if (b0 <= 250) {
			size = 2;
			value = (b0 - 247) * 256 + (program[at + 1] & 0xff) + 108;
		}
		else if (b0 <= 254) {
			size = 2;
			value = -(b0 - 251) * 256 - (program[at + 1] & 0xff) - 108;
		}
		else {
			size = 5;
			// 16.16 fixed point; only its integer part could ever name a subroutine.
			value = (((program[at + 1] & 0xff) << 24) | ((program[at + 2] & 0xff) << 16)
					| ((program[at + 3] & 0xff) << 8) | (program[at + 4] & 0xff)) >> 16;
		}
		if (this.depth == this.operandStarts.length) {
			throw new IllegalArgumentException("Charstring operand stack overflow");
		}
		this.operandStarts[this.depth] = this.length;
		this.operandValues[this.depth] = value;
		this.depth++;
		write(program, at, size);
		return at + size;
	}

	/** Takes the subroutine number off the stack and out of the output. */
	private int pop() {
		this.depth--;
		this.length = this.operandStarts[this.depth];
		return this.operandValues[this.depth];
	}

	private static int bias(int count) {
		if (count < 1240) {
			return 107;
		}
		return (count < 33900) ? 1131 : 32768;
	}

	private void write(byte[] program, int from, int size) {
		if (this.length + size > this.out.length) {
			this.out = Arrays.copyOf(this.out, Math.max(this.out.length * 2, this.length + size));
		}
		System.arraycopy(program, from, this.out, this.length, size);
		this.length += size;
	}

}
