package jp.musubi.platform.zengin;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.zengin.ZenginLayout.Field;
import jp.musubi.platform.zengin.ZenginLayout.Order;

/**
 * Writes a {@link BulkTransfer} as the 総合振込 file (種別コード 21) a bank's online service
 * takes: a header, a data record of 120 bytes per payout, a trailer with their count and
 * total, an end record, each followed by CR LF, in Shift_JIS. Names are converted to 全銀
 * characters and cut to their field's width; a name that cannot be converted is refused
 * naming the character.
 */
public final class BulkTransferWriter {

	private static final byte[] CRLF = { ZenginLayout.CR, ZenginLayout.LF };

	private BulkTransferWriter() {
	}

	/** The file's bytes. */
	public static byte[] write(BulkTransfer transfer) {
		ByteArrayOutputStream file = new ByteArrayOutputStream(Order.LENGTH * (transfer.payouts().size() + 3) + 16);
		append(file, header(transfer));
		long total = 0;
		for (Payout payout : transfer.payouts()) {
			append(file, data(payout));
			total = Math.addExact(total, payout.amount().amount());
		}
		if (total > 999_999_999_999L) {
			throw new InputRefused("payouts", "platform.zengin.error.total");
		}
		append(file,
				new Line(Order.LENGTH).put(Order.Trailer.RECORD, String.valueOf(ZenginLayout.TRAILER))
					.number(Order.Trailer.COUNT, transfer.payouts().size())
					.number(Order.Trailer.TOTAL, total)
					.done());
		append(file, new Line(Order.LENGTH).put(Order.End.RECORD, String.valueOf(ZenginLayout.END)).done());
		return file.toByteArray();
	}

	private static String header(BulkTransfer transfer) {
		BankAccount from = transfer.from();
		return new Line(Order.LENGTH).put(Order.Header.RECORD, String.valueOf(ZenginLayout.HEADER))
			.put(Order.Header.KIND, Order.KIND)
			.put(Order.Header.CODE, Order.CODE_JIS)
			.digits(Order.Header.REQUESTER_CODE, transfer.requesterCode())
			.text(Order.Header.REQUESTER_NAME, "requesterName", transfer.requesterName())
			.put(Order.Header.DATE,
					String.format(Locale.ROOT, "%02d%02d", transfer.transferDate().getMonthValue(),
							transfer.transferDate().getDayOfMonth()))
			.digits(Order.Header.BANK_CODE, from.bankCode())
			.text(Order.Header.BANK_NAME, "bankName", from.bankName())
			.digits(Order.Header.BRANCH_CODE, from.branchCode())
			.text(Order.Header.BRANCH_NAME, "branchName", from.branchName())
			.put(Order.Header.ACCOUNT_TYPE, String.valueOf(from.type().code()))
			.digits(Order.Header.ACCOUNT_NUMBER, from.number())
			.done();
	}

	private static String data(Payout payout) {
		BankAccount to = payout.to();
		return new Line(Order.LENGTH).put(Order.Data.RECORD, String.valueOf(ZenginLayout.DATA))
			.digits(Order.Data.BANK_CODE, to.bankCode())
			.text(Order.Data.BANK_NAME, "bankName", to.bankName())
			.digits(Order.Data.BRANCH_CODE, to.branchCode())
			.text(Order.Data.BRANCH_NAME, "branchName", to.branchName())
			.digits(Order.Data.CLEARING_HOUSE, "")
			.put(Order.Data.ACCOUNT_TYPE, String.valueOf(to.type().code()))
			.digits(Order.Data.ACCOUNT_NUMBER, to.number())
			.text(Order.Data.PAYEE_NAME, "payeeName", payout.payeeName())
			.number(Order.Data.AMOUNT, payout.amount().amount())
			.put(Order.Data.NEW_CODE, String.valueOf(payout.newPayee().code()))
			.digits(Order.Data.CUSTOMER_CODE_1, payout.customerCode())
			.digits(Order.Data.CUSTOMER_CODE_2, "")
			.put(Order.Data.TRANSFER_KIND, Order.BY_WIRE)
			.done();
	}

	private static void append(ByteArrayOutputStream file, String record) {
		file.writeBytes(record.getBytes(ZenginLayout.SHIFT_JIS));
		file.writeBytes(CRLF);
	}

	/** A record being filled: spaces until a field is put. */
	private static final class Line {

		private final char[] chars;

		Line(int length) {
			this.chars = " ".repeat(length).toCharArray();
		}

		Line put(Field field, String value) {
			if (value.length() > field.width()) {
				throw new IllegalArgumentException(field.name() + " holds " + field.width() + ": " + value);
			}
			value.getChars(0, value.length(), this.chars, field.start() - 1);
			return this;
		}

		/** Right-aligned, zero-filled. */
		Line digits(Field field, String digits) {
			return put(field, "0".repeat(field.width() - digits.length()) + digits);
		}

		Line number(Field field, long value) {
			return digits(field, Long.toString(value));
		}

		/** Left-aligned, space-filled, in 全銀 characters cut to the width. */
		Line text(Field field, String name, String text) {
			return put(field, ZenginText.of(name, text, field.width()));
		}

		String done() {
			String record = new String(this.chars);
			if (!ZenginText.isBankText(record)) {
				throw new IllegalStateException("Not a 全銀 record: " + record);
			}
			return record;
		}

	}

}
