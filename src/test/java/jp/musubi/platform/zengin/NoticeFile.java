package jp.musubi.platform.zengin;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * A 振込入金通知 built field by field as the 全銀協 layout prints it (widths written out here, not
 * taken from the code under test), in Shift_JIS.
 */
final class NoticeFile {

	static final Charset SHIFT_JIS = Charset.forName("windows-31j");

	private final List<String> records = new ArrayList<>();

	static NoticeFile notice() {
		return new NoticeFile();
	}

	/** A header of account 普通 1234567 at MUFG 本店, dates as YYMMDD in Reiwa. */
	NoticeFile header(String created, String from, String to) {
		return record(number("1", 1) + number("01", 2) + number("0", 1) + number(created, 6) + number(from, 6)
				+ number(to, 6) + number("0005", 4) + text("ﾐﾂﾋﾞｼUFJ", 15) + number("001", 3) + text("ﾎﾝﾃﾝ", 15)
				+ number("1", 1) + number("1234567", 7) + text("ﾑｽﾋﾞ(ｶ", 40) + text("", 93));
	}

	NoticeFile data(String reference, String booked, long amount, String payerCode, String payerName) {
		return data(reference, booked, String.valueOf(amount), payerCode, payerName, " ", "");
	}

	NoticeFile data(String reference, String booked, String amount, String payerCode, String payerName,
			String cancelled, String edi) {
		return record(number("2", 1) + number(reference, 6) + number(booked, 6) + number(booked, 6) + number(amount, 10)
				+ number("0", 10) + number(payerCode, 10) + text(payerName, 48) + text("ﾐｽﾞﾎ", 15) + text("ｼﾌﾞﾔ", 15)
				+ text(cancelled, 1) + text(edi, 20) + text("", 52));
	}

	NoticeFile trailer(long count, long total) {
		return record(number("8", 1) + number(String.valueOf(count), 6) + number(String.valueOf(total), 12)
				+ number("0", 6) + number("0", 12) + text("", 163));
	}

	NoticeFile end() {
		return record(number("9", 1) + text("", 199));
	}

	/** Any 200 characters, as they are. */
	NoticeFile record(String record) {
		if (record.length() != 200) {
			throw new IllegalArgumentException("A record of " + record.length());
		}
		this.records.add(record);
		return this;
	}

	byte[] withLineBreaks() {
		return String.join("\r\n", this.records).concat("\r\n").getBytes(SHIFT_JIS);
	}

	byte[] withoutLineBreaks() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		this.records.forEach((record) -> bytes.writeBytes(record.getBytes(SHIFT_JIS)));
		return bytes.toByteArray();
	}

	static String number(String digits, int width) {
		return "0".repeat(width - digits.length()) + digits;
	}

	static String text(String text, int width) {
		return text + " ".repeat(width - text.length());
	}

}
