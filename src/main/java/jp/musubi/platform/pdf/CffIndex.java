package jp.musubi.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * An INDEX of a CFF table: a counted array of byte strings (names, dictionaries,
 * charstrings, subroutines). It reads a table that several threads share, so it only ever
 * uses absolute reads, which leave the buffer's position alone.
 */
final class CffIndex {

	private final ByteBuffer table;

	private final int start;

	private final int count;

	private final int offsetSize;

	private final int dataStart;

	private CffIndex(ByteBuffer table, int start) {
		this.table = table;
		this.start = start;
		this.count = unsigned(table, start, 2);
		this.offsetSize = (this.count != 0) ? table.get(start + 2) & 0xff : 0;
		// Offsets count from the byte before the data, so the first one is always 1.
		this.dataStart = start + 3 + (this.count + 1) * this.offsetSize - 1;
	}

	static CffIndex at(ByteBuffer table, int start) {
		return new CffIndex(table, start);
	}

	int count() {
		return this.count;
	}

	/** Where the next structure of the table begins. */
	int end() {
		return (this.count != 0) ? this.dataStart + offset(this.count) : this.start + 2;
	}

	byte[] get(int i) {
		if (i < 0 || i >= this.count) {
			throw new IllegalArgumentException("No entry " + i + " in an INDEX of " + this.count);
		}
		int from = this.dataStart + offset(i);
		byte[] bytes = new byte[offset(i + 1) - offset(i)];
		this.table.get(from, bytes);
		return bytes;
	}

	/** The whole INDEX as it is stored, to copy it unchanged into a subset. */
	byte[] raw() {
		byte[] bytes = new byte[end() - this.start];
		this.table.get(this.start, bytes);
		return bytes;
	}

	private int offset(int i) {
		return unsigned(this.table, this.start + 3 + i * this.offsetSize, this.offsetSize);
	}

	static int unsigned(ByteBuffer table, int at, int size) {
		int value = 0;
		for (int i = 0; i < size; i++) {
			value = (value << 8) | (table.get(at + i) & 0xff);
		}
		return value;
	}

	/** Writes entries as an INDEX with the smallest offsets that can address them. */
	static byte[] write(List<byte[]> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(entries.size() >> 8);
		out.write(entries.size());
		if (entries.isEmpty()) {
			return out.toByteArray();
		}
		int last = 1 + entries.stream().mapToInt((entry) -> entry.length).sum();
		int offsetSize = (last < 0x100) ? 1 : (last < 0x10000) ? 2 : (last < 0x1000000) ? 3 : 4;
		out.write(offsetSize);
		int offset = 1;
		writeOffset(out, offset, offsetSize);
		for (byte[] entry : entries) {
			offset += entry.length;
			writeOffset(out, offset, offsetSize);
		}
		entries.forEach(out::writeBytes);
		return out.toByteArray();
	}

	private static void writeOffset(ByteArrayOutputStream out, int offset, int size) {
		for (int shift = (size - 1) * 8; shift >= 0; shift -= 8) {
			out.write(offset >> shift);
		}
	}

}
