package jp.musubi.platform.payment;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A bank's 振込入金通知 as the 全銀協 layout prints it (widths written out here), in Shift_JIS
 * with CR LF, booked on 令和8年12月7日: enough of one for the tests of matching.
 */
final class NoticeFiles {

	private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

	private final List<String> credits = new ArrayList<>();

	private long total;

	static NoticeFiles notice() {
		return new NoticeFiles();
	}

	/** A credit with a 照会番号 of its own, so that no other test's credit is the same. */
	NoticeFiles credit(long amount, String halfWidthPayerName) {
		String reference = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
		this.credits.add(number("2", 1) + number(reference, 6) + number("081207", 6) + number("081207", 6)
				+ number(Long.toString(amount), 10) + number("0", 10) + number("0", 10) + text(halfWidthPayerName, 48)
				+ text("ﾐｽﾞﾎ", 15) + text("ｼﾌﾞﾔ", 15) + text(" ", 1) + text("", 20) + text("", 52));
		this.total += amount;
		return this;
	}

	byte[] bytes() {
		List<String> records = new ArrayList<>();
		records.add(number("1", 1) + number("01", 2) + number("0", 1) + number("081207", 6) + number("081207", 6)
				+ number("081207", 6) + number("0005", 4) + text("ﾐﾂﾋﾞｼUFJ", 15) + number("001", 3) + text("ﾎﾝﾃﾝ", 15)
				+ number("1", 1) + number("1234567", 7) + text("ﾑｽﾋﾞ(ｶ", 40) + text("", 93));
		records.addAll(this.credits);
		records.add(number("8", 1) + number(Integer.toString(this.credits.size()), 6)
				+ number(Long.toString(this.total), 12) + number("0", 6) + number("0", 12) + text("", 163));
		records.add(number("9", 1) + text("", 199));
		records.forEach((record) -> {
			if (record.length() != 200) {
				throw new IllegalStateException("A record of " + record.length());
			}
		});
		return String.join("\r\n", records).concat("\r\n").getBytes(SHIFT_JIS);
	}

	/** The same notice with a trailer whose total is off by one yen. */
	byte[] withWrongTotal() {
		this.total += 1;
		byte[] bytes = bytes();
		this.total -= 1;
		return bytes;
	}

	private static String number(String digits, int width) {
		return "0".repeat(width - digits.length()) + digits;
	}

	private static String text(String text, int width) {
		return text + " ".repeat(width - text.length());
	}

}
