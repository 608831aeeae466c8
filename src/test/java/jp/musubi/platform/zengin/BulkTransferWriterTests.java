package jp.musubi.platform.zengin;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BulkTransferWriterTests {

	private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

	private static final BankAccount AGENT = new BankAccount("0005", "ミツビシユーエフジェイ", "001", "ホンテン", AccountType.CURRENT,
			"7654321");

	private static Payout payout(String name, long amount) {
		return new Payout(new BankAccount("0001", "みずほ", "123", "しぶや", AccountType.ORDINARY, "12345"), name,
				Yen.of(amount), NewPayee.FIRST, "42");
	}

	private static BulkTransfer settlement(Payout... payouts) {
		return new BulkTransfer("1234", "むすび（カ", LocalDate.of(2027, 1, 25), AGENT, List.of(payouts));
	}

	/** The records of a written file, read back by the widths the 全銀協 layout prints. */
	private static List<String> records(byte[] file) {
		String text = new String(file, SHIFT_JIS);
		assertThat(text).endsWith("\r\n");
		List<String> records = List.of(text.substring(0, text.length() - 2).split("\r\n"));
		assertThat(records).allSatisfy((record) -> assertThat(record).hasSize(120));
		return records;
	}

	@Test
	void writesAHeaderADataRecordPerPayoutATrailerAndAnEndRecord() {
		byte[] file = BulkTransferWriter.write(settlement(payout("ヤマダ　ハナコ", 48_000), payout("さとう　のうえん", 125_500)));

		assertThat(file).hasSize(5 * 122);
		List<String> records = records(file);
		String header = records.get(0);
		assertThat(header.substring(0, 1)).isEqualTo("1");
		assertThat(header.substring(1, 3)).isEqualTo("21");
		assertThat(header.substring(3, 4)).isEqualTo("0");
		assertThat(header.substring(4, 14)).isEqualTo("0000001234");
		assertThat(header.substring(14, 54)).isEqualTo(NoticeFile.text("ﾑｽﾋﾞ(ｶ", 40));
		assertThat(header.substring(54, 58)).isEqualTo("0125");
		assertThat(header.substring(58, 62)).isEqualTo("0005");
		assertThat(header.substring(62, 77)).isEqualTo(NoticeFile.text("ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ", 15));
		assertThat(header.substring(77, 80)).isEqualTo("001");
		assertThat(header.substring(80, 95)).isEqualTo(NoticeFile.text("ﾎﾝﾃﾝ", 15));
		assertThat(header.substring(95, 96)).isEqualTo("2");
		assertThat(header.substring(96, 103)).isEqualTo("7654321");
		assertThat(header.substring(103, 120)).isBlank();

		String data = records.get(1);
		assertThat(data.substring(0, 1)).isEqualTo("2");
		assertThat(data.substring(1, 5)).isEqualTo("0001");
		assertThat(data.substring(5, 20)).isEqualTo(NoticeFile.text("ﾐｽﾞﾎ", 15));
		assertThat(data.substring(20, 23)).isEqualTo("123");
		assertThat(data.substring(23, 38)).isEqualTo(NoticeFile.text("ｼﾌﾞﾔ", 15));
		assertThat(data.substring(38, 42)).isEqualTo("0000");
		assertThat(data.substring(42, 43)).isEqualTo("1");
		assertThat(data.substring(43, 50)).isEqualTo("0012345");
		assertThat(data.substring(50, 80)).isEqualTo(NoticeFile.text("ﾔﾏﾀﾞ ﾊﾅｺ", 30));
		assertThat(data.substring(80, 90)).isEqualTo("0000048000");
		assertThat(data.substring(90, 91)).isEqualTo("1");
		assertThat(data.substring(91, 101)).isEqualTo("0000000042");
		assertThat(data.substring(101, 111)).isEqualTo("0000000000");
		assertThat(data.substring(111, 112)).isEqualTo("7");
		assertThat(data.substring(112, 120)).isBlank();
		assertThat(records.get(2).substring(50, 80)).isEqualTo(NoticeFile.text("ｻﾄｳ ﾉｳｴﾝ", 30));

		String trailer = records.get(3);
		assertThat(trailer.substring(0, 1)).isEqualTo("8");
		assertThat(trailer.substring(1, 7)).isEqualTo("000002");
		assertThat(trailer.substring(7, 19)).isEqualTo("000000173500");
		assertThat(trailer.substring(19, 120)).isBlank();
		assertThat(records.get(4)).isEqualTo("9" + " ".repeat(119));
	}

	@Test
	void writesOnlyTheSingleByteHalfOfShiftJis() {
		byte[] file = BulkTransferWriter.write(settlement(payout("ガンバ　パン", 1)));

		for (byte b : file) {
			int unsigned = b & 0xFF;
			assertThat(unsigned == '\r' || unsigned == '\n' || (unsigned >= 0x20 && unsigned <= 0x7E)
					|| (unsigned >= 0xA1 && unsigned <= 0xDF))
				.as("byte %02X", unsigned)
				.isTrue();
		}
		assertThat(records(file).get(1).substring(50, 80)).startsWith("ｶﾞﾝﾊﾞ ﾊﾟﾝ ");
	}

	@Test
	void convertsNamesAsBanksAskThemWritten() {
		assertThat(ZenginText.of("name", "きゅうよ　いちろう")).isEqualTo("ｷﾕｳﾖ ｲﾁﾛｳ");
		assertThat(ZenginText.of("name", "ヨーコ　ヴィラ")).isEqualTo("ﾖ-ｺ ｳﾞｲﾗ");
		assertThat(ZenginText.of("name", "ｶ)ﾑｽﾋﾞ")).isEqualTo("ｶ)ﾑｽﾋﾞ");
		assertThat(ZenginText.of("name", "Ｍｕｓｕｂｉ　Inc.")).isEqualTo("MUSUBI INC.");
		assertThat(ZenginText.of("name", "（カ）ABC-1/2")).isEqualTo("(ｶ)ABC-1/2");
	}

	@Test
	void refusesANameWithACharacterBanksCannotCarryNamingIt() {
		assertThatExceptionOfType(InputRefused.class).isThrownBy(() -> payout("山田　ハナコ", 1_000)).satisfies((refused) -> {
			assertThat(refused.field()).isEqualTo("payeeName");
			assertThat(refused.messageKey()).isEqualTo("platform.zengin.error.character");
			assertThat(refused.arguments()).containsExactly("山", "U+5C71");
		});
		assertThatExceptionOfType(InputRefused.class).isThrownBy(() -> payout("ヤマダ・ハナコ", 1_000))
			.satisfies((refused) -> assertThat(refused.arguments()).containsExactly("・", "U+30FB"));
		assertThatExceptionOfType(InputRefused.class).isThrownBy(() -> payout("ヤマダ,ハナコ", 1_000))
			.satisfies((refused) -> assertThat(refused.arguments()).containsExactly(",", "U+002C"));
	}

	@Test
	void cutsALongNameToItsFieldWithoutLeavingASoundMarkAlone() {
		String name = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘボ";

		String written = records(BulkTransferWriter.write(settlement(payout(name, 1)))).get(1).substring(50, 80);

		// ボ is ﾎﾞ, two bytes: the 30th byte would be ﾎ alone, so the name stops before
		// it.
		assertThat(written).isEqualTo("ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍ ");
		assertThat(records(BulkTransferWriter.write(settlement(payout(name.replace("ボ", "ホマ"), 1)))).get(1)
			.substring(50, 80)).isEqualTo("ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎ");
	}

	@Test
	void refusesAnAmountOfNothing() {
		assertThatExceptionOfType(InputRefused.class).isThrownBy(() -> payout("ヤマダ", 0))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("platform.zengin.error.amount"));
	}

	@Test
	void refusesAnAmountTheFieldCannotHold() {
		assertThatExceptionOfType(InputRefused.class).isThrownBy(() -> payout("ヤマダ", 10_000_000_000L))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("platform.zengin.error.amount"));
	}

	@Test
	void refusesABulkTransferWithoutPayouts() {
		assertThatExceptionOfType(InputRefused.class).isThrownBy(this::emptySettlement)
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("platform.zengin.error.noPayouts"));
	}

	@Test
	void refusesABankCodeThatIsNotFourDigits() {
		assertThatExceptionOfType(InputRefused.class)
			.isThrownBy(() -> new BankAccount("05", "", "001", "", AccountType.ORDINARY, "1234567"))
			.satisfies((refused) -> {
				assertThat(refused.field()).isEqualTo("bankCode");
				assertThat(refused.messageKey()).isEqualTo("platform.zengin.error.digits");
			});
	}

	@Test
	void refusesAnAccountNumberLongerThanSevenDigits() {
		assertThatExceptionOfType(InputRefused.class)
			.isThrownBy(() -> new BankAccount("0005", "", "001", "", AccountType.ORDINARY, "12345678"))
			.satisfies((refused) -> assertThat(refused.field()).isEqualTo("accountNumber"));
	}

	private BulkTransfer emptySettlement() {
		return settlement();
	}

}
