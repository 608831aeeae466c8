package jp.musubi.support;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A bank's 振込入金通知 of a few credits booked on 令和8年12月7日, as the 全銀協 layout prints it, in
 * Shift_JIS: amounts and half-width payer names in turn.
 */
public final class BankNotices {

	private BankNotices() {
	}

	public static byte[] of(Object... amountsAndNames) {
		List<String> records = new ArrayList<>();
		records.add(number("1", 1) + number("01", 2) + number("0", 1) + number("081207", 6) + number("081207", 6)
				+ number("081207", 6) + number("0005", 4) + text("ﾐﾂﾋﾞｼUFJ", 15) + number("001", 3) + text("ﾎﾝﾃﾝ", 15)
				+ number("1", 1) + number("1234567", 7) + text("ﾑｽﾋﾞ(ｶ", 40) + text("", 93));
		long total = 0;
		for (int i = 0; i < amountsAndNames.length; i += 2) {
			long amount = ((Number) amountsAndNames[i]).longValue();
			String reference = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
			records.add(number("2", 1) + number(reference, 6) + number("081207", 6) + number("081207", 6)
					+ number(Long.toString(amount), 10) + number("0", 10) + number("0", 10)
					+ text((String) amountsAndNames[i + 1], 48) + text("ﾐｽﾞﾎ", 15) + text("ｼﾌﾞﾔ", 15) + text(" ", 1)
					+ text("", 20) + text("", 52));
			total += amount;
		}
		records.add(number("8", 1) + number(Integer.toString(amountsAndNames.length / 2), 6)
				+ number(Long.toString(total), 12) + number("0", 6) + number("0", 12) + text("", 163));
		records.add(number("9", 1) + text("", 199));
		return String.join("\r\n", records).concat("\r\n").getBytes(Charset.forName("windows-31j"));
	}

	private static String number(String digits, int width) {
		return "0".repeat(width - digits.length()) + digits;
	}

	private static String text(String text, int width) {
		return text + " ".repeat(width - text.length());
	}

}
