package jp.musubi.shop.fulfilment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jp.musubi.platform.money.Yen;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.shop.fulfilment.B2Label.Kind;
import jp.musubi.shop.shipping.Temperature;
import jp.musubi.shop.shipping.TimeSlot;
import org.junit.jupiter.api.Test;

import static jp.musubi.shop.fulfilment.FulfilmentFixtures.buyerInTokyo;
import static jp.musubi.shop.fulfilment.FulfilmentFixtures.chilledPeaches;
import static jp.musubi.shop.fulfilment.FulfilmentFixtures.named;
import static jp.musubi.shop.fulfilment.FulfilmentFixtures.peachFarmInFukushima;
import static jp.musubi.shop.fulfilment.FulfilmentFixtures.riceCashOnDelivery;
import static jp.musubi.shop.fulfilment.FulfilmentFixtures.withItemName;
import static jp.musubi.shop.fulfilment.FulfilmentFixtures.withRecipient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class B2CsvTests {

	private static final Charset WINDOWS_31J = Charset.forName("Windows-31J");

	@Test
	void writesTheLabelsByteForByteAsTheCheckedFile() throws IOException {
		byte[] file = B2Csv.write(List.of(chilledPeaches(), riceCashOnDelivery()));

		try (InputStream expected = getClass().getResourceAsStream("b2-labels.csv")) {
			assertThat(file).isEqualTo(expected.readAllBytes());
		}
	}

	@Test
	void writesAHeaderAndOneRowPerLabelInTheLayoutsColumns() {
		List<List<String>> rows = rows(B2Csv.write(List.of(chilledPeaches(), riceCashOnDelivery())));

		assertThat(rows).hasSize(3);
		assertThat(rows).allSatisfy((row) -> assertThat(row).hasSize(95));
		assertThat(rows.get(0).subList(0, 7)).containsExactly("お客様管理番号", "送り状種類", "クール区分", "伝票番号", "出荷予定日",
				"お届け予定（指定）日", "配達時間帯");
		List<String> peaches = rows.get(1);
		assertThat(peaches.subList(0, 7)).containsExactly("S2026120700017", "0", "2", "", "2026/12/10", "2026/12/12",
				"1416");
		assertThat(peaches.get(8)).isEqualTo("03-1234-5678");
		assertThat(peaches.get(10)).isEqualTo("150-0001");
		assertThat(peaches.get(11)).isEqualTo("東京都渋谷区神宮前1-2-3");
		assertThat(peaches.get(12)).isEqualTo("コーポ神宮前 101");
		assertThat(peaches.get(15)).isEqualTo("山田 花子");
		assertThat(peaches.get(24)).isEqualTo("あかつき果樹園");
		assertThat(peaches.get(27)).isEqualTo("もも 2kg（6玉）");
		assertThat(peaches.get(33)).isEmpty();
		assertThat(peaches.get(39)).isEqualTo("024555010101");
		assertThat(peaches.get(41)).isEqualTo("01");
		List<String> rice = rows.get(2);
		assertThat(rice.subList(0, 7)).containsExactly("S2026120700018", "2", "0", "", "2026/12/10", "", "");
		assertThat(rice.get(33)).isEqualTo("8860");
		assertThat(rice.get(34)).isEqualTo("656");
		assertThat(rice.get(37)).isEqualTo("2");
	}

	@Test
	void endsEveryLineWithCrLfAndNoLoneLineFeed() {
		byte[] file = B2Csv.write(List.of(chilledPeaches()));
		String text = new String(file, WINDOWS_31J);

		assertThat(text).endsWith("\r\n");
		assertThat(text.split("\r\n", -1)).hasSize(3);
		assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
	}

	@Test
	void quotesAFieldWithACommaOrAQuoteAndDoublesTheQuote() {
		B2Label label = withItemName(chilledPeaches(), "白桃 \"あかつき\", 2kg");

		String text = new String(B2Csv.write(List.of(label)), WINDOWS_31J);

		assertThat(text).contains(",\"白桃 \"\"あかつき\"\", 2kg\",");
		assertThat(rows(B2Csv.write(List.of(label))).get(1).get(27)).isEqualTo("白桃 \"あかつき\", 2kg");
	}

	@Test
	void cutsATooLongNameBetweenTwoCharactersNeverInside() {
		// 'A' takes one byte and each kanji two: 1 + 2 x 16 = 33 bytes, one more than the
		// 32
		// of the column, so the last kanji goes whole.
		String name = "A" + "山".repeat(16);

		List<String> row = rows(B2Csv.write(List.of(withRecipient(chilledPeaches(), named(name))))).get(1);

		assertThat(row.get(15)).isEqualTo("A" + "山".repeat(15));
		assertThat(row.get(15).getBytes(WINDOWS_31J)).hasSize(31);
	}

	@Test
	void cutsALongItemNameAtFiftyBytes() {
		List<String> row = rows(B2Csv.write(List.of(withItemName(chilledPeaches(), "桃".repeat(30))))).get(1);

		assertThat(row.get(27)).isEqualTo("桃".repeat(25));
	}

	@Test
	void refusesACharacterShiftJisLacksNamingTheLabelTheColumnAndTheCharacter() {
		List<B2Label> labels = List.of(chilledPeaches(), withRecipient(riceCashOnDelivery(), named("𠮷田 太郎")));

		assertThatExceptionOfType(InputRefused.class).isThrownBy(() -> B2Csv.write(labels)).satisfies((refused) -> {
			assertThat(refused.field()).isEqualTo("labels");
			assertThat(refused.messageKey()).isEqualTo("shop.fulfilment.b2.character");
			assertThat(refused.arguments()).containsExactly(2, "S2026120700018", "お届け先名", "𠮷", "U+20BB7");
		});
	}

	@Test
	void refusesAnEmojiInTheItemName() {
		B2Label label = withItemName(chilledPeaches(), "もも🍑");

		assertThatExceptionOfType(InputRefused.class).isThrownBy(() -> B2Csv.write(List.of(label)))
			.satisfies((refused) -> assertThat(refused.arguments()).containsExactly(1, "S2026120700017", "品名１", "🍑",
					"U+1F351"));
	}

	@Test
	void writesTheWaveDashTypedOnAMacAsWindowsDoes() {
		List<String> row = rows(B2Csv.write(List.of(withItemName(chilledPeaches(), "もも 5\u301C6玉")))).get(1);

		assertThat(row.get(27)).isEqualTo("もも 5\uFF5E6玉");
	}

	@Test
	void putsALineBreakOfAnAddressAsASpace() {
		B2Label label = withRecipient(chilledPeaches(),
				new B2Label.Party("山田 花子", "03-1234-5678", buyerInTokyo().postalCode(), "東京都渋谷区\r\n神宮前1-2-3", ""));

		assertThat(rows(B2Csv.write(List.of(label))).get(1).get(11)).isEqualTo("東京都渋谷区 神宮前1-2-3");
	}

	@Test
	void writesOnlyTheHeaderWhenThereAreNoLabels() {
		assertThat(rows(B2Csv.write(List.of()))).hasSize(1);
	}

	@Test
	void aLabelTakesNoCoolServiceForNekopos() {
		assertThatIllegalArgumentException().isThrownBy(() -> new B2Label("S1", Kind.NEKOPOS, Temperature.FROZEN,
				LocalDate.of(2026, 12, 10), Optional.empty(), Optional.empty(), buyerInTokyo(), peachFarmInFukushima(),
				"干し柿", Optional.empty(), Optional.empty(), 1, "024555010101", "01"));
	}

	@Test
	void aLabelTakesNoSlotYamatoDoesNotOffer() {
		assertThatIllegalArgumentException().isThrownBy(() -> new B2Label("S1", Kind.PREPAID, Temperature.AMBIENT,
				LocalDate.of(2026, 12, 10), Optional.empty(), Optional.of(TimeSlot.FROM_12_TO_14), buyerInTokyo(),
				peachFarmInFukushima(), "米", Optional.empty(), Optional.empty(), 1, "024555010101", "01"));
	}

	@Test
	void aCollectLabelNeedsTheAmountAndAPrepaidOneTakesNone() {
		assertThatIllegalArgumentException().isThrownBy(() -> new B2Label("S1", Kind.COLLECT, Temperature.AMBIENT,
				LocalDate.of(2026, 12, 10), Optional.empty(), Optional.empty(), buyerInTokyo(), peachFarmInFukushima(),
				"米", Optional.empty(), Optional.empty(), 1, "024555010101", "01"));
		assertThatIllegalArgumentException().isThrownBy(() -> new B2Label("S1", Kind.PREPAID, Temperature.AMBIENT,
				LocalDate.of(2026, 12, 10), Optional.empty(), Optional.empty(), buyerInTokyo(), peachFarmInFukushima(),
				"米", Optional.of(Yen.of(1000)), Optional.empty(), 1, "024555010101", "01"));
	}

	@Test
	void aCustomerReferenceIsAtMostTwentyCharactersWithoutCommaOrQuote() {
		assertThatIllegalArgumentException().isThrownBy(() -> new B2Label("S".repeat(21), Kind.PREPAID,
				Temperature.AMBIENT, LocalDate.of(2026, 12, 10), Optional.empty(), Optional.empty(), buyerInTokyo(),
				peachFarmInFukushima(), "米", Optional.empty(), Optional.empty(), 1, "024555010101", "01"));
		assertThatIllegalArgumentException().isThrownBy(() -> new B2Label("S1,2", Kind.PREPAID, Temperature.AMBIENT,
				LocalDate.of(2026, 12, 10), Optional.empty(), Optional.empty(), buyerInTokyo(), peachFarmInFukushima(),
				"米", Optional.empty(), Optional.empty(), 1, "024555010101", "01"));
	}

	private static List<List<String>> rows(byte[] file) {
		String text = new String(file, WINDOWS_31J);
		return Arrays.stream(text.split("\r\n")).map((line) -> CsvLine.split(line).orElseThrow()).toList();
	}

}
