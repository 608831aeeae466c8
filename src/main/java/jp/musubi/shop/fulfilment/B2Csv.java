package jp.musubi.shop.fulfilment;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.shop.shipping.Temperature;
import jp.musubi.shop.shipping.TimeSlot;

/**
 * The file a producer imports into B2クラウド (外部データ取込, 送り状発行データ) to print the labels of
 * their shipments: Windows-31J bytes (see {@link ShiftJis}), CR LF after every line, a
 * header row with the layout's column names and then one row per label, in the 95 columns
 * of the layout, fields quoted as RFC 4180 asks. B2's import is set to start at the
 * second line, as its own template and the shop systems that feed it do.
 * <p>
 * Column limits, in bytes of Windows-31J (a full-width character takes two). Confirmed
 * from the layout (B2 送り状発行データレイアウト 入出力用): お客様管理番号 20 half-width, 送り状種別 and クール区分 1, 伝票番号
 * 12 (left blank: B2 numbers the label), 出荷予定日 and お届け予定日 10 as YYYY/MM/DD, 配達時間帯 4.
 * Assumed from the published layout as it is generally quoted, not seen in a source
 * reachable here: 電話番号 15, 郵便番号 8, 住所 64 (32 full-width), アパートマンション名 32, お届け先名 and ご依頼主名
 * 32, 品名 50, コレクト代金引換額 and 内消費税額等 7 digits, 発行枚数 2, ご請求先顧客コード 12, 運賃管理番号 2. A longer text
 * is cut where its column ends, between two characters.
 * <p>
 * A character Windows-31J cannot hold (𠮷, emoji, a control character) is refused, naming
 * the label, the column and the character, rather than replaced: a replaced character
 * prints another name or address on the parcel than the buyer gave, and a driver cannot
 * ask the label what was meant. The producer corrects the order (吉 for 𠮷) and exports
 * again. B2's help says it prints JIS level 1 and 2 kanji only; the characters
 * Windows-31J adds beyond them (髙, 﨑, ①) are written, and whether B2 prints them is not
 * confirmed.
 */
public final class B2Csv {

	/** The field a refusal names: the labels being exported. */
	public static final String LABELS = "labels";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT);

	private static final byte[] CRLF = { '\r', '\n' };

	/**
	 * The columns of the 送り状発行データ layout, in order; column n is {@code COLUMNS[n - 1]}.
	 */
	static final List<String> COLUMNS = List.of("お客様管理番号", "送り状種類", "クール区分", "伝票番号", "出荷予定日", "お届け予定（指定）日", "配達時間帯",
			"お届け先コード", "お届け先電話番号", "お届け先電話番号枝番", "お届け先郵便番号", "お届け先住所", "お届け先住所（アパートマンション名）", "お届け先会社・部門名１",
			"お届け先会社・部門名２", "お届け先名", "お届け先名略称カナ", "敬称", "ご依頼主コード", "ご依頼主電話番号", "ご依頼主電話番号枝番", "ご依頼主郵便番号", "ご依頼主住所",
			"ご依頼主住所（アパートマンション名）", "ご依頼主名", "ご依頼主略称カナ", "品名コード１", "品名１", "品名コード２", "品名２", "荷扱い１", "荷扱い２", "記事",
			"コレクト代金引換額（税込）", "コレクト内消費税額等", "営業所止置き", "営業所コード", "発行枚数", "個数口枠の印字", "ご請求先顧客コード", "ご請求先分類コード", "運賃管理番号",
			"クロネコwebコレクトデータ登録", "クロネコwebコレクト加盟店番号", "クロネコwebコレクト申込受付番号１", "クロネコwebコレクト申込受付番号２", "クロネコwebコレクト申込受付番号３",
			"お届け予定ｅメール利用区分", "お届け予定ｅメールe-mailアドレス", "入力機種", "お届け予定ｅメールメッセージ", "お届け完了ｅメール利用区分", "お届け完了ｅメールe-mailアドレス",
			"お届け完了ｅメールメッセージ", "クロネコ収納代行利用区分", "収納代行決済ＱＲコード印刷", "収納代行請求金額（税込）", "収納代行内消費税額等", "収納代行請求先郵便番号", "収納代行請求先住所",
			"収納代行請求先住所（アパートマンション名）", "収納代行請求先会社・部門名１", "収納代行請求先会社・部門名２", "収納代行請求先名（漢字）", "収納代行請求先名（カナ）",
			"収納代行問合せ先名（漢字）", "収納代行問合せ先郵便番号", "収納代行問合せ先住所", "収納代行問合せ先住所（アパートマンション名）", "収納代行問合せ先電話番号", "収納代行管理番号",
			"収納代行品名", "収納代行備考", "複数口くくりキー", "検索キータイトル１", "検索キー１", "検索キータイトル２", "検索キー２", "検索キータイトル３", "検索キー３",
			"検索キータイトル４", "検索キー４", "検索キータイトル５", "検索キー５", "予備", "予備", "投函予定メール利用区分", "投函予定メールe-mailアドレス", "投函予定メールメッセージ",
			"投函完了メール（お届け先宛）利用区分", "投函完了メール（お届け先宛）e-mailアドレス", "投函完了メール（お届け先宛）メールメッセージ", "投函完了メール（ご依頼主宛）利用区分",
			"投函完了メール（ご依頼主宛）e-mailアドレス", "投函完了メール（ご依頼主宛）メールメッセージ");

	static final int ADDRESS = 64;

	static final int BUILDING = 32;

	static final int NAME = 32;

	static final int ITEM_NAME = 50;

	private B2Csv() {
	}

	/**
	 * The import file for the labels, header row first; only the header when there are
	 * none.
	 * @throws InputRefused on field {@link #LABELS} with key
	 * {@code shop.fulfilment.b2.character} and as arguments the label's position (from
	 * 1), its customer reference, the column's name, the character and its code point,
	 * when a text holds a character B2 cannot take
	 */
	public static byte[] write(List<B2Label> labels) {
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		file.writeBytes(CsvLine.join(COLUMNS).getBytes(ShiftJis.CHARSET));
		file.writeBytes(CRLF);
		for (int i = 0; i < labels.size(); i++) {
			file.writeBytes(CsvLine.join(row(i + 1, labels.get(i))).getBytes(ShiftJis.CHARSET));
			file.writeBytes(CRLF);
		}
		return file.toByteArray();
	}

	private static List<String> row(int position, B2Label label) {
		String[] fields = new String[COLUMNS.size()];
		Arrays.fill(fields, "");
		Text text = new Text(position, label.customerReference(), fields);
		fields[0] = label.customerReference();
		fields[1] = label.kind().code();
		fields[2] = coolCode(label.temperature());
		fields[4] = date(label.shipDate());
		fields[5] = label.deliveryDate().map(B2Csv::date).orElse("");
		fields[6] = label.timeSlot().flatMap(TimeSlot::b2Code).orElse("");
		fields[8] = label.recipient().phone();
		fields[10] = label.recipient().postalCode().value();
		text.put(12, label.recipient().address(), ADDRESS);
		text.put(13, label.recipient().building(), BUILDING);
		text.put(16, label.recipient().name(), NAME);
		fields[19] = label.sender().phone();
		fields[21] = label.sender().postalCode().value();
		text.put(23, label.sender().address(), ADDRESS);
		text.put(24, label.sender().building(), BUILDING);
		text.put(25, label.sender().name(), NAME);
		text.put(28, label.itemName(), ITEM_NAME);
		fields[33] = label.collectAmount().map((yen) -> Long.toString(yen.amount())).orElse("");
		fields[34] = label.collectTax().map((yen) -> Long.toString(yen.amount())).orElse("");
		fields[37] = Integer.toString(label.parcels());
		fields[39] = label.billingCustomerCode();
		fields[41] = label.freightNumber();
		return Arrays.asList(fields);
	}

	private static String coolCode(Temperature temperature) {
		return switch (temperature) {
			case AMBIENT -> "0";
			case FROZEN -> "1";
			case CHILLED -> "2";
		};
	}

	private static String date(LocalDate date) {
		return DATE.format(date);
	}

	/** The free-text fields of one row, checked and cut as they are put. */
	private record Text(int position, String reference, String[] fields) {

		void put(int column, String value, int bytes) {
			// A label has one line per field: a line break typed in a text area
			// is a space on paper.
			String text = ShiftJis.windowsMapping(value.replaceAll("[\\r\\n\\t]+", " ").strip());
			OptionalInt unusable = text.codePoints()
				.filter((c) -> Character.getType(c) == Character.CONTROL)
				.findFirst();
			if (unusable.isEmpty()) {
				unusable = ShiftJis.firstUnencodable(text);
			}
			if (unusable.isPresent()) {
				int c = unusable.getAsInt();
				throw new InputRefused(LABELS, "shop.fulfilment.b2.character", this.position, this.reference,
						COLUMNS.get(column - 1), new String(Character.toChars(c)),
						String.format(Locale.ROOT, "U+%04X", c));
			}
			this.fields[column - 1] = ShiftJis.cut(text, bytes);
		}

	}

}
