package jp.musubi.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A DICT of a CFF table: operators with their operands, in the order they are stored.
 * Operands stay as the bytes they were so that real numbers (blue values, the font
 * matrix) are copied exactly; only integers are read, for offsets and string ids.
 */
final class CffDict {

	static final int CHARSET = 15;

	static final int CHAR_STRINGS = 17;

	static final int PRIVATE = 18;

	static final int SUBRS = 19;

	static final int UNIQUE_ID = 13;

	static final int XUID = 14;

	static final int ROS = escaped(30);

	static final int FD_ARRAY = escaped(36);

	static final int FD_SELECT = escaped(37);

	static final int UID_BASE = escaped(35);

	private final List<Entry> entries;

	private CffDict(List<Entry> entries) {
		this.entries = List.copyOf(entries);
	}

	private static int escaped(int operator) {
		return (12 << 8) | operator;
	}

	static CffDict parse(byte[] bytes) {
		List<Entry> entries = new ArrayList<>();
		List<Integer> values = new ArrayList<>();
		int operandsStart = 0;
		int i = 0;
		while (i < bytes.length) {
			int b0 = bytes[i] & 0xff;
			if (b0 <= 21) {
				int operator = (b0 == 12) ? escaped(bytes[i + 1] & 0xff) : b0;
				entries.add(new Entry(operator, Arrays.copyOfRange(bytes, operandsStart, i), List.copyOf(values)));
				i += (b0 == 12) ? 2 : 1;
				operandsStart = i;
				values.clear();
			}
			else if (b0 == 30) {
				i = endOfReal(bytes, i + 1);
				values.add(0);
			}
			else {
				int length = operandLength(b0);
				values.add(integer(bytes, i, b0));
				i += length;
			}
		}
		return new CffDict(entries);
	}

	private static int operandLength(int b0) {
		if (b0 == 28) {
			return 3;
		}
		if (b0 == 29) {
			return 5;
		}
		if (b0 >= 32 && b0 <= 246) {
			return 1;
		}
		if (b0 >= 247 && b0 <= 254) {
			return 2;
		}
		throw new IllegalArgumentException("Not a DICT operand: " + b0);
	}

	private static int integer(byte[] bytes, int at, int b0) {
		if (b0 == 28) {
			return (short) (((bytes[at + 1] & 0xff) << 8) | (bytes[at + 2] & 0xff));
		}
		if (b0 == 29) {
			return ((bytes[at + 1] & 0xff) << 24) | ((bytes[at + 2] & 0xff) << 16) | ((bytes[at + 3] & 0xff) << 8)
					| (bytes[at + 4] & 0xff);
		}
		if (b0 <= 246) {
			return b0 - 139;
		}
		if (b0 <= 250) {
			return (b0 - 247) * 256 + (bytes[at + 1] & 0xff) + 108;
		}
		return -(b0 - 251) * 256 - (bytes[at + 1] & 0xff) - 108;
	}

	private static int endOfReal(byte[] bytes, int at) {
		int i = at;
		while ((bytes[i] & 0x0f) != 0x0f && (bytes[i] & 0xf0) != 0xf0) {
			i++;
		}
		return i + 1;
	}

	boolean has(int operator) {
		return this.entries.stream().anyMatch((entry) -> entry.operator == operator);
	}

	List<Integer> integers(int operator) {
		return this.entries.stream()
			.filter((entry) -> entry.operator == operator)
			.findFirst()
			.map(Entry::values)
			.orElseThrow(() -> new IllegalArgumentException("No operator " + operator + " in this DICT"));
	}

	int integer(int operator) {
		return integers(operator).get(0);
	}

	/**
	 * The same DICT with the operator's operands replaced by the values, each written in
	 * five bytes: a DICT that holds offsets then has the same size whatever they are, so
	 * a subset can be laid out before its offsets are known.
	 */
	CffDict with(int operator, int... values) {
		ByteArrayOutputStream operands = new ByteArrayOutputStream();
		for (int value : values) {
			operands.write(29);
			operands.write(value >> 24);
			operands.write(value >> 16);
			operands.write(value >> 8);
			operands.write(value);
		}
		Entry replacement = new Entry(operator, operands.toByteArray(), Arrays.stream(values).boxed().toList());
		List<Entry> replaced = new ArrayList<>(this.entries);
		replaced.replaceAll((entry) -> (entry.operator == operator) ? replacement : entry);
		if (!has(operator)) {
			replaced.add(replacement);
		}
		return new CffDict(replaced);
	}

	CffDict without(int operator) {
		return new CffDict(this.entries.stream().filter((entry) -> entry.operator != operator).toList());
	}

	byte[] bytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (Entry entry : this.entries) {
			out.writeBytes(entry.operands);
			if (entry.operator > 0xff) {
				out.write(12);
			}
			out.write(entry.operator);
		}
		return out.toByteArray();
	}

	private record Entry(int operator, byte[] operands, List<Integer> values) {
	}

}
