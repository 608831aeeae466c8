package jp.musubi.platform.zengin;

import java.util.ArrayList;
import java.util.List;

import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.zengin.ZenginLayout.Field;

/**
 * The records of a 全銀協 file and the fields in them. The formats allow only the
 * single-byte half of Shift_JIS (JIS X 0201), so a record of n bytes is n characters and
 * a field's byte positions are its character positions. A byte outside that half means
 * the file is in another encoding (UTF-8, full-width Shift_JIS) and is refused before
 * anything is read, rather than read as garbage that would match no one.
 */
final class FixedRecords {

	private FixedRecords() {
	}

	/** The records of the file, each {@code length} bytes, with or without CR LF. */
	static List<String> split(byte[] file, int length) {
		if (file == null || file.length == 0) {
			throw new InputRefused(TransferNoticeReader.FILE, "platform.zengin.error.empty");
		}
		boolean lines = hasLineBreaks(file);
		for (int i = 0; i < file.length; i++) {
			int b = file[i] & 0xFF;
			boolean separator = b == ZenginLayout.CR || b == ZenginLayout.LF;
			if (!separator && !isSingleByte(b)) {
				int line = lines ? lineOf(file, i) : i / length + 1;
				throw new InputRefused(TransferNoticeReader.FILE, "platform.zengin.error.encoding", line);
			}
		}
		return lines ? byLines(file, length) : byLength(file, length);
	}

	/** Digits of a numeric field. */
	static String digits(String record, Field field, int line) {
		String value = field.in(record);
		if (!value.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw new InputRefused(TransferNoticeReader.FILE, "platform.zengin.error.number", line, field.name(),
					value.strip());
		}
		return value;
	}

	/**
	 * Digits of a numeric field a bank may leave blank (任意項目), empty when it did; the
	 * standard says zeros, some banks write spaces.
	 */
	static String optionalDigits(String record, Field field, int line) {
		return field.in(record).isBlank() ? "" : digits(record, field, line);
	}

	/** ASCII without control characters, and the half-width katakana 0xA1-0xDF. */
	private static boolean isSingleByte(int b) {
		return (b >= 0x20 && b <= 0x7E) || (b >= 0xA1 && b <= 0xDF);
	}

	private static boolean hasLineBreaks(byte[] file) {
		for (byte b : file) {
			if (b == ZenginLayout.CR || b == ZenginLayout.LF) {
				return true;
			}
		}
		return false;
	}

	private static int lineOf(byte[] file, int index) {
		int line = 1;
		for (int i = 0; i < index; i++) {
			if (file[i] == ZenginLayout.LF) {
				line++;
			}
		}
		return line;
	}

	private static List<String> byLength(byte[] file, int length) {
		if (file.length % length != 0) {
			throw new InputRefused(TransferNoticeReader.FILE, "platform.zengin.error.length", file.length / length + 1,
					file.length % length, length);
		}
		List<String> records = new ArrayList<>(file.length / length);
		for (int start = 0; start < file.length; start += length) {
			records.add(new String(file, start, length, ZenginLayout.SHIFT_JIS));
		}
		return records;
	}

	/** Records each ended by CR LF, the last one with or without it. */
	private static List<String> byLines(byte[] file, int length) {
		List<String> records = new ArrayList<>();
		int start = 0;
		while (start < file.length) {
			int line = records.size() + 1;
			int end = start;
			while (end < file.length && file[end] != ZenginLayout.CR && file[end] != ZenginLayout.LF) {
				end++;
			}
			if (end - start != length) {
				throw new InputRefused(TransferNoticeReader.FILE, "platform.zengin.error.length", line, end - start,
						length);
			}
			records.add(new String(file, start, length, ZenginLayout.SHIFT_JIS));
			if (end == file.length) {
				break;
			}
			if (end + 1 >= file.length || file[end] != ZenginLayout.CR || file[end + 1] != ZenginLayout.LF) {
				throw new InputRefused(TransferNoticeReader.FILE, "platform.zengin.error.lineBreak", line);
			}
			start = end + 2;
		}
		return records;
	}

}
