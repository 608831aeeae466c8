package jp.musubi.platform.zengin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.text.JapaneseText;
import jp.musubi.platform.zengin.ZenginLayout.Field;
import jp.musubi.platform.zengin.ZenginLayout.Notice;

/**
 * Reads a bank's 振込入金通知 (種別コード 01), the file that tells an account holder which transfers
 * came in, so that each can be matched to what it pays for. A file holds one header, data
 * and trailer group per account and one end record; its records are 200 bytes, one after
 * the other or each followed by CR LF. Anything else is refused with the line it is on,
 * and nothing is read from a file that is refused: a half-read notice would match some
 * payments and silently miss others.
 */
public final class TransferNoticeReader {

	/** The field every refusal names: the uploaded file. */
	static final String FILE = "file";

	private TransferNoticeReader() {
	}

	/**
	 * The notices of the file, one per account it reports on (most files hold one).
	 * @throws InputRefused when the file is not a whole, consistent 振込入金通知
	 */
	public static List<TransferNotice> read(byte[] file) {
		List<String> records = FixedRecords.split(file, Notice.LENGTH);
		List<TransferNotice> notices = new ArrayList<>();
		Group group = null;
		boolean ended = false;
		for (int i = 0; i < records.size(); i++) {
			int line = i + 1;
			String record = records.get(i);
			char kind = record.charAt(0);
			if (ended) {
				throw new InputRefused(FILE, "platform.zengin.error.afterEnd", line);
			}
			switch (kind) {
				case ZenginLayout.HEADER -> {
					if (group != null) {
						throw new InputRefused(FILE, "platform.zengin.error.order", line);
					}
					group = header(record, line);
				}
				case ZenginLayout.DATA -> {
					if (group == null) {
						throw new InputRefused(FILE, "platform.zengin.error.noHeader", line);
					}
					group.transfers.add(transfer(record, line));
				}
				case ZenginLayout.TRAILER -> {
					if (group == null) {
						throw new InputRefused(FILE, "platform.zengin.error.order", line);
					}
					notices.add(group.closedBy(record, line));
					group = null;
				}
				case ZenginLayout.END -> {
					if (group != null || notices.isEmpty()) {
						throw new InputRefused(FILE, "platform.zengin.error.order", line);
					}
					ended = true;
				}
				default -> throw new InputRefused(FILE, "platform.zengin.error.recordKind", line, String.valueOf(kind));
			}
		}
		if (!ended) {
			throw new InputRefused(FILE, "platform.zengin.error.unfinished", records.size());
		}
		return List.copyOf(notices);
	}

	private static Group header(String record, int line) {
		String kind = Notice.Header.KIND.in(record);
		if (!Notice.KIND.equals(kind)) {
			throw new InputRefused(FILE, "platform.zengin.error.notNotice", line, kind);
		}
		char type = FixedRecords.digits(record, Notice.Header.ACCOUNT_TYPE, line).charAt(0);
		BankAccount account = new BankAccount(FixedRecords.digits(record, Notice.Header.BANK_CODE, line),
				text(record, Notice.Header.BANK_NAME), FixedRecords.digits(record, Notice.Header.BRANCH_CODE, line),
				text(record, Notice.Header.BRANCH_NAME),
				AccountType.of(type)
					.orElseThrow(() -> new InputRefused(FILE, "platform.zengin.error.accountType", line,
							String.valueOf(type))),
				FixedRecords.digits(record, Notice.Header.ACCOUNT_NUMBER, line));
		return new Group(date(record, Notice.Header.CREATED, line), date(record, Notice.Header.BOOKED_FROM, line),
				date(record, Notice.Header.BOOKED_TO, line), account, text(record, Notice.Header.ACCOUNT_NAME));
	}

	private static IncomingTransfer transfer(String record, int line) {
		String cancelled = FixedRecords.optionalDigits(record, Notice.Data.CANCELLED, line);
		return new IncomingTransfer(FixedRecords.optionalDigits(record, Notice.Data.REFERENCE, line),
				date(record, Notice.Data.BOOKED, line), date(record, Notice.Data.VALUE_DATE, line),
				Yen.of(Long.parseLong(FixedRecords.digits(record, Notice.Data.AMOUNT, line))),
				code(FixedRecords.optionalDigits(record, Notice.Data.PAYER_CODE, line)),
				text(record, Notice.Data.PAYER_NAME), text(record, Notice.Data.FROM_BANK),
				text(record, Notice.Data.FROM_BRANCH), "1".equals(cancelled), text(record, Notice.Data.EDI), line);
	}

	private static LocalDate date(String record, Field field, int line) {
		String digits = FixedRecords.digits(record, field, line);
		return EraDate.parse(digits)
			.orElseThrow(() -> new InputRefused(FILE, "platform.zengin.error.date", line, field.name(), digits));
	}

	/** A code of zeros is no code: the payer's bank gave none. */
	private static String code(String digits) {
		return digits.chars().allMatch((c) -> c == '0') ? "" : digits;
	}

	/** Half-width kana as Musubi keeps and compares text: NFKC, so full-width. */
	private static String text(String record, Field field) {
		return JapaneseText.normalize(field.in(record));
	}

	/** The header read so far and the data records after it. */
	private static final class Group {

		private final LocalDate createdOn;

		private final LocalDate bookedFrom;

		private final LocalDate bookedTo;

		private final BankAccount account;

		private final String accountName;

		private final List<IncomingTransfer> transfers = new ArrayList<>();

		Group(LocalDate createdOn, LocalDate bookedFrom, LocalDate bookedTo, BankAccount account, String accountName) {
			this.createdOn = createdOn;
			this.bookedFrom = bookedFrom;
			this.bookedTo = bookedTo;
			this.account = account;
			this.accountName = accountName;
		}

		/**
		 * The notice, once the trailer agrees with the data records: its count and total
		 * are of every data record, cancellations included, and its 取消合計, when the bank
		 * fills them in, of the cancellations alone.
		 */
		TransferNotice closedBy(String trailer, int line) {
			long count = Long.parseLong(FixedRecords.digits(trailer, Notice.Trailer.COUNT, line));
			long total = Long.parseLong(FixedRecords.digits(trailer, Notice.Trailer.TOTAL, line));
			long counted = this.transfers.size();
			long summed = this.transfers.stream().mapToLong((transfer) -> transfer.amount().amount()).sum();
			if (count != counted || total != summed) {
				throw new InputRefused(FILE, "platform.zengin.error.trailer", line, count, total, counted, summed);
			}
			String cancelledCount = FixedRecords.optionalDigits(trailer, Notice.Trailer.CANCELLED_COUNT, line);
			String cancelledTotal = FixedRecords.optionalDigits(trailer, Notice.Trailer.CANCELLED_TOTAL, line);
			if (!cancelledCount.isEmpty() && !cancelledTotal.isEmpty()) {
				List<IncomingTransfer> cancellations = this.transfers.stream()
					.filter(IncomingTransfer::cancelled)
					.toList();
				long cancelledSum = cancellations.stream().mapToLong((transfer) -> transfer.amount().amount()).sum();
				if (Long.parseLong(cancelledCount) != cancellations.size()
						|| Long.parseLong(cancelledTotal) != cancelledSum) {
					throw new InputRefused(FILE, "platform.zengin.error.trailerCancelled", line,
							Long.parseLong(cancelledCount), Long.parseLong(cancelledTotal), cancellations.size(),
							cancelledSum);
				}
			}
			return new TransferNotice(this.createdOn, this.bookedFrom, this.bookedTo, this.account, this.accountName,
					this.transfers);
		}

	}

}
