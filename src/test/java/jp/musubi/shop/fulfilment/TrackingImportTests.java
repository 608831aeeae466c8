package jp.musubi.shop.fulfilment;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jp.musubi.platform.refusal.InputRefused;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TrackingImportTests {

	private static final Charset WINDOWS_31J = Charset.forName("Windows-31J");

	/** 12345678901 mod 7 is 3: a number whose check digit is right. */
	private static final String PEACHES_NUMBER = "123456789013";

	/** 40000000000 mod 7 is 2. */
	private static final String RICE_NUMBER = "400000000002";

	@Test
	void readsTheReferenceNumberAndShipDateOfB2sIssuedLabels() {
		byte[] file = windows31j(header(), issued("S2026120700017", PEACHES_NUMBER, "2026/12/10", "山田 花子"),
				issued("S2026120700018", RICE_NUMBER, "2026/12/11", "佐藤, 一郎"));

		List<IssuedLabel> labels = TrackingImport.read(file);

		assertThat(labels).containsExactly(
				new IssuedLabel(2, "S2026120700017", PEACHES_NUMBER, Optional.of(LocalDate.of(2026, 12, 10))),
				new IssuedLabel(3, "S2026120700018", RICE_NUMBER, Optional.of(LocalDate.of(2026, 12, 11))));
	}

	@Test
	void readsAPlainFileOfReferencesAndNumbersAsYamatoPrintsThem() {
		byte[] file = windows31j("customerReference,trackingNumber", "S2026120700017,1234-5678-9013",
				"S2026120700018,400000000002", "");

		assertThat(TrackingImport.read(file)).containsExactly(
				new IssuedLabel(2, "S2026120700017", PEACHES_NUMBER, Optional.empty()),
				new IssuedLabel(3, "S2026120700018", RICE_NUMBER, Optional.empty()));
	}

	@Test
	void readsSeveralParcelsOfOneShipmentAndLeavesUnknownReferencesToTheCaller() {
		byte[] file = windows31j("S2026120700018,123456789013,2026-12-10", "S2026120700018,400000000002,2026-12-10",
				"NOT-OURS-1,123456789013");

		List<IssuedLabel> labels = TrackingImport.read(file);

		assertThat(labels).extracting(IssuedLabel::customerReference)
			.containsExactly("S2026120700018", "S2026120700018", "NOT-OURS-1");
		assertThat(labels.get(0).shipDate()).contains(LocalDate.of(2026, 12, 10));
	}

	@Test
	void refusesAUtf8FileNamingTheFirstLineThatIsNotShiftJis() {
		byte[] file = String.join("\r\n", "S1,123456789013", "S2,400000000002,2026/12/10", "山田,123456789013")
			.getBytes(StandardCharsets.UTF_8);

		assertRefused(file, "shop.fulfilment.tracking.encoding", 3);
	}

	@Test
	void refusesBytesThatAreNoShiftJisCharacter() {
		byte[] file = { 'S', '1', ',', (byte) 0x81, '\r', '\n' };

		assertRefused(file, "shop.fulfilment.tracking.encoding", 1);
	}

	@Test
	void refusesALineThatIsNotCsvWithItsNumber() {
		assertRefused(windows31j("S1,123456789013", "\"S2,400000000002"), "shop.fulfilment.tracking.malformed", 2);
		assertRefused(windows31j("S1,123456789013", "S2;400000000002"), "shop.fulfilment.tracking.malformed", 2);
	}

	@Test
	void refusesATrackingNumberThatIsNotTwelveDigits() {
		assertRefused(windows31j("S1,123456789013", "S2,12345678901"), "shop.fulfilment.tracking.number", 2,
				"12345678901");
		assertRefused(windows31j(header(), issued("S1", "", "2026/12/10", "山田 花子")), "shop.fulfilment.tracking.number",
				2, "");
	}

	@Test
	void refusesATrackingNumberWithAWrongCheckDigit() {
		assertRefused(windows31j("S1,123456789014"), "shop.fulfilment.tracking.checkDigit", 1, "123456789014");
	}

	@Test
	void refusesAShipDateThatDoesNotExist() {
		assertRefused(windows31j("S1,123456789013,2026/02/30"), "shop.fulfilment.tracking.date", 1, "2026/02/30");
	}

	@Test
	void refusesALineWithoutAReference() {
		assertRefused(windows31j("S1,123456789013", " ,400000000002"), "shop.fulfilment.tracking.reference", 2);
	}

	@Test
	void refusesAFileWithoutLabels() {
		assertRefused(new byte[0], "shop.fulfilment.tracking.empty");
		assertRefused(windows31j("customerReference,trackingNumber", ""), "shop.fulfilment.tracking.empty");
	}

	@Test
	void readsTheFileB2CsvWritesOnceB2HasNumberedItsLabels() {
		String written = new String(B2Csv.write(List.of(FulfilmentFixtures.chilledPeaches())), WINDOWS_31J);
		String numbered = written.replace("S2026120700017,0,2,,", "S2026120700017,0,2," + PEACHES_NUMBER + ",");

		assertThat(TrackingImport.read(numbered.getBytes(WINDOWS_31J))).containsExactly(
				new IssuedLabel(2, "S2026120700017", PEACHES_NUMBER, Optional.of(LocalDate.of(2026, 12, 10))));
	}

	private static void assertRefused(byte[] file, String key, Object... arguments) {
		assertThatExceptionOfType(InputRefused.class).isThrownBy(() -> TrackingImport.read(file))
			.satisfies((refused) -> {
				assertThat(refused.field()).isEqualTo("file");
				assertThat(refused.messageKey()).isEqualTo(key);
				assertThat(refused.arguments()).containsExactly(arguments);
			});
	}

	private static byte[] windows31j(String... lines) {
		return String.join("\r\n", lines).getBytes(WINDOWS_31J);
	}

	private static String header() {
		return CsvLine.join(B2Csv.COLUMNS);
	}

	/** A row of B2's 発行済データ: the 95 columns, every field quoted as B2 writes them. */
	private static String issued(String reference, String number, String shipDate, String name) {
		List<String> fields = new ArrayList<>(Collections.nCopies(95, ""));
		fields.set(0, reference);
		fields.set(1, "0");
		fields.set(2, "0");
		fields.set(3, number);
		fields.set(4, shipDate);
		fields.set(15, name);
		return String.join(",", fields.stream().map((field) -> '"' + field + '"').toList());
	}

}
