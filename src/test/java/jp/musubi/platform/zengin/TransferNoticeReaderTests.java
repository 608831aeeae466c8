package jp.musubi.platform.zengin;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;
import org.junit.jupiter.api.Test;

import static jp.musubi.platform.zengin.NoticeFile.notice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TransferNoticeReaderTests {

	/** Two transfers booked on 令和8年12月7日 (2026-12-07). */
	private static NoticeFile twoTransfers() {
		return notice().header("081207", "081207", "081207")
			.data("000101", "081207", 12_000, "0000000000", "ﾔﾏﾀﾞ ﾊﾅｺ")
			.data("000102", "081207", 3_500, "1234567890", "ｶ)ﾏﾙﾊﾞﾂｼﾖｳﾃﾝ")
			.trailer(2, 15_500)
			.end();
	}

	@Test
	void readsTheAccountAndEachTransferOfANotice() {
		List<TransferNotice> notices = TransferNoticeReader.read(twoTransfers().withLineBreaks());

		assertThat(notices).hasSize(1);
		TransferNotice notice = notices.get(0);
		assertThat(notice.createdOn()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(notice.bookedFrom()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(notice.bookedTo()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(notice.account())
			.isEqualTo(new BankAccount("0005", "ミツビシUFJ", "001", "ホンテン", AccountType.ORDINARY, "1234567"));
		assertThat(notice.accountName()).isEqualTo("ムスビ(カ");
		assertThat(notice.transfers()).hasSize(2);
		IncomingTransfer first = notice.transfers().get(0);
		assertThat(first.reference()).isEqualTo("000101");
		assertThat(first.bookedOn()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(first.valueDate()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(first.amount()).isEqualTo(Yen.of(12_000));
		assertThat(first.payerCode()).isEmpty();
		assertThat(first.payerName()).isEqualTo("ヤマダ ハナコ");
		assertThat(first.fromBank()).isEqualTo("ミズホ");
		assertThat(first.fromBranch()).isEqualTo("シブヤ");
		assertThat(first.cancelled()).isFalse();
		assertThat(first.edi()).isEmpty();
		assertThat(first.line()).isEqualTo(2);
		IncomingTransfer second = notice.transfers().get(1);
		assertThat(second.payerCode()).isEqualTo("1234567890");
		assertThat(second.payerName()).isEqualTo("カ)マルバツシヨウテン");
		assertThat(second.amount()).isEqualTo(Yen.of(3_500));
	}

	@Test
	void readsRecordsThatFollowEachOtherWithoutLineBreaks() {
		byte[] file = twoTransfers().withoutLineBreaks();

		assertThat(file).hasSize(5 * 200);
		assertThat(TransferNoticeReader.read(file))
			.isEqualTo(TransferNoticeReader.read(twoTransfers().withLineBreaks()));
	}

	@Test
	void readsTheLastRecordWithoutItsLineBreak() {
		byte[] file = twoTransfers().withLineBreaks();

		List<TransferNotice> notices = TransferNoticeReader.read(Arrays.copyOf(file, file.length - 2));

		assertThat(notices.get(0).transfers()).hasSize(2);
	}

	@Test
	void readsTheEdiInformationAndACancellation() {
		byte[] file = notice().header("081207", "081201", "081207")
			.data("000007", "081201", "0000050000", "0000000000", "ｽｽﾞｷ ｲﾁﾛｳ", "1", "INV-2026-0042")
			.record(NoticeFile.number("8", 1) + NoticeFile.number("1", 6) + NoticeFile.number("50000", 12)
					+ NoticeFile.number("1", 6) + NoticeFile.number("50000", 12) + NoticeFile.text("", 163))
			.end()
			.withLineBreaks();

		TransferNotice notice = TransferNoticeReader.read(file).get(0);

		assertThat(notice.bookedFrom()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(notice.transfers().get(0).cancelled()).isTrue();
		assertThat(notice.transfers().get(0).edi()).isEqualTo("INV-2026-0042");
	}

	@Test
	void readsOneNoticePerAccountOfAFile() {
		byte[] file = notice().header("081207", "081207", "081207")
			.data("000001", "081207", 1_000, "0", "ｱ")
			.trailer(1, 1_000)
			.header("081207", "081207", "081207")
			.trailer(0, 0)
			.end()
			.withLineBreaks();

		List<TransferNotice> notices = TransferNoticeReader.read(file);

		assertThat(notices).extracting((notice) -> notice.transfers().size()).containsExactly(1, 0);
	}

	@Test
	void refusesAnEmptyFile() {
		assertRefused(new byte[0], "platform.zengin.error.empty");
	}

	@Test
	void refusesALineOfTheWrongLength() {
		byte[] file = (NoticeFile.text("1", 200) + "\r\n" + NoticeFile.text("2", 199) + "\r\n")
			.getBytes(NoticeFile.SHIFT_JIS);

		assertRefused(file, "platform.zengin.error.length", 2, 199, 200);
	}

	@Test
	void refusesAFileWhoseLengthIsNotWholeRecords() {
		byte[] file = twoTransfers().withoutLineBreaks();

		assertRefused(Arrays.copyOf(file, file.length - 1), "platform.zengin.error.length", 5, 199, 200);
	}

	@Test
	void refusesALineBreakOtherThanCrLf() {
		byte[] file = twoTransfers().withLineBreaks();
		byte[] unixLines = new String(file, NoticeFile.SHIFT_JIS).replace("\r\n", "\n").getBytes(NoticeFile.SHIFT_JIS);

		assertRefused(unixLines, "platform.zengin.error.lineBreak", 1);
	}

	@Test
	void refusesAnUnknownRecordKind() {
		byte[] file = notice().header("081207", "081207", "081207").record(NoticeFile.text("3", 200)).withLineBreaks();

		assertRefused(file, "platform.zengin.error.recordKind", 2, "3");
	}

	@Test
	void refusesADataRecordBeforeAHeader() {
		byte[] file = notice().data("000001", "081207", 1_000, "0", "ｱ").trailer(1, 1_000).end().withLineBreaks();

		assertRefused(file, "platform.zengin.error.noHeader", 1);
	}

	@Test
	void refusesAnEndRecordBeforeTheTrailer() {
		byte[] file = notice().header("081207", "081207", "081207").end().withLineBreaks();

		assertRefused(file, "platform.zengin.error.order", 2);
	}

	@Test
	void refusesAFileWithoutItsEndRecord() {
		byte[] file = notice().header("081207", "081207", "081207").trailer(0, 0).withLineBreaks();

		assertRefused(file, "platform.zengin.error.unfinished", 2);
	}

	@Test
	void refusesARecordAfterTheEnd() {
		byte[] file = twoTransfers().end().withLineBreaks();

		assertRefused(file, "platform.zengin.error.afterEnd", 6);
	}

	@Test
	void refusesAFileOfAnotherKind() {
		String bulkTransferHeader = NoticeFile.number("1", 1) + NoticeFile.number("21", 2) + NoticeFile.text("", 197);

		assertRefused(notice().record(bulkTransferHeader).withLineBreaks(), "platform.zengin.error.notNotice", 1, "21");
	}

	@Test
	void refusesAnAmountThatIsNotANumber() {
		byte[] file = notice().header("081207", "081207", "081207")
			.data("000001", "081207", "     12000", "0", "ｱ", " ", "")
			.trailer(1, 12_000)
			.end()
			.withLineBreaks();

		assertRefused(file, "platform.zengin.error.number", 2, "金額", "12000");
	}

	@Test
	void refusesADateThatDoesNotExist() {
		byte[] file = notice().header("081207", "081207", "081207")
			.data("000001", "080230", 1_000, "0", "ｱ")
			.trailer(1, 1_000)
			.end()
			.withLineBreaks();

		assertRefused(file, "platform.zengin.error.date", 2, "勘定日", "080230");
	}

	@Test
	void refusesAReiwaDateBeforeTheEraBegan() {
		// 令和元年 began on 1 May 2019; 30 April was 平成31年.
		byte[] file = notice().header("010430", "010430", "010430").trailer(0, 0).end().withLineBreaks();

		assertRefused(file, "platform.zengin.error.date", 1, "作成日", "010430");
	}

	@Test
	void refusesATrailerWhoseCountDoesNotMatch() {
		byte[] file = notice().header("081207", "081207", "081207")
			.data("000101", "081207", 12_000, "0", "ｱ")
			.data("000102", "081207", 3_500, "0", "ｲ")
			.trailer(3, 15_500)
			.end()
			.withLineBreaks();

		assertRefused(file, "platform.zengin.error.trailer", 4, 3L, 15_500L, 2L, 15_500L);
	}

	@Test
	void refusesATrailerWhoseTotalDoesNotMatch() {
		byte[] file = notice().header("081207", "081207", "081207")
			.data("000101", "081207", 12_000, "0", "ｱ")
			.trailer(1, 12_001)
			.end()
			.withLineBreaks();

		assertRefused(file, "platform.zengin.error.trailer", 3, 1L, 12_001L, 1L, 12_000L);
	}

	@Test
	void refusesCancellationTotalsThatDoNotMatch() {
		byte[] file = notice().header("081207", "081207", "081207")
			.data("000101", "081207", 12_000, "0", "ｱ")
			.record(NoticeFile.number("8", 1) + NoticeFile.number("1", 6) + NoticeFile.number("12000", 12)
					+ NoticeFile.number("1", 6) + NoticeFile.number("12000", 12) + NoticeFile.text("", 163))
			.end()
			.withLineBreaks();

		assertRefused(file, "platform.zengin.error.trailerCancelled", 3, 1L, 12_000L, 0, 0L);
	}

	@Test
	void refusesAFileInUtf8NamingTheLineOfTheFirstCharacterItCannotRead() {
		String header = NoticeFile.number("1", 1) + NoticeFile.number("01", 2) + NoticeFile.number("0", 1)
				+ NoticeFile.number("081207", 6).repeat(3) + NoticeFile.number("0005", 4) + NoticeFile.text("MUFG", 15)
				+ NoticeFile.number("001", 3) + NoticeFile.text("HONTEN", 15) + NoticeFile.number("1", 1)
				+ NoticeFile.number("1234567", 7) + NoticeFile.text("MUSUBI", 40) + NoticeFile.text("", 93);
		String file = new String(notice().record(header)
			.data("000001", "081207", 1_000, "0", "ﾔﾏﾀﾞ")
			.trailer(1, 1_000)
			.end()
			.withLineBreaks(), NoticeFile.SHIFT_JIS);

		assertRefused(file.getBytes(StandardCharsets.UTF_8), "platform.zengin.error.encoding", 2);
	}

	@Test
	void refusesFullWidthShiftJisCharacters() {
		byte[] file = notice().header("081207", "081207", "081207")
			.data("000001", "081207", 1_000, "0", "山田")
			.trailer(1, 1_000)
			.end()
			.withoutLineBreaks();

		assertRefused(file, "platform.zengin.error.encoding", 2);
	}

	private static void assertRefused(byte[] file, String messageKey, Object... arguments) {
		assertThatExceptionOfType(InputRefused.class).isThrownBy(() -> TransferNoticeReader.read(file))
			.satisfies((refused) -> {
				assertThat(refused.field()).isEqualTo("file");
				assertThat(refused.messageKey()).isEqualTo(messageKey);
				assertThat(refused.arguments()).containsExactly(arguments);
			});
	}

}
