package jp.musubi.platform.zengin;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The byte layouts of the two 全銀協 formats Musubi reads and writes, in one place. Field
 * positions are 1-based as the banks' documents print them. N fields hold digits, right
 * aligned and zero filled; C fields hold half-width characters, left aligned and space
 * filled.
 * <p>
 * Sources: 振込入金通知 (種別コード 01), 全銀協制定フォーマット, 200 bytes a record, as the 阿波銀行 publishes it
 * (awabank.co.jp/houjin/service/fb/zengin/tsuchi) for the header and the start of the
 * data record, and as the open-source Diva.Zengin library lays out the whole of its
 * フォーマットA (data record with 取消区分 and EDI情報, trailer with 取消合計). 総合振込 (種別コード 21),
 * 全銀協制定ファイルフォーマット, 120 bytes a record, as published by several banks (群馬銀行's
 * 全銀協制定ファイルフォーマット【総合振込】, the column positions of a 為替振込持込 specification) and Diva.Zengin;
 * the sources agree on every width.
 */
final class ZenginLayout {

	/**
	 * Shift_JIS as Windows and the banks' software write it; the files hold only its
	 * single-byte half (JIS X 0201: ASCII and half-width katakana).
	 */
	static final Charset SHIFT_JIS = Charset.forName("windows-31j");

	static final byte CR = '\r';

	static final byte LF = '\n';

	static final char HEADER = '1';

	static final char DATA = '2';

	static final char TRAILER = '8';

	static final char END = '9';

	private ZenginLayout() {
	}

	/** A field of a record, named as the 全銀協 layout names it. */
	record Field(String name, int start, int width, boolean numeric) {

		static Field number(String name, int start, int width) {
			return new Field(name, start, width, true);
		}

		static Field text(String name, int start, int width) {
			return new Field(name, start, width, false);
		}

		/** The first position after the field, 1-based. */
		int next() {
			return this.start + this.width;
		}

		String in(String record) {
			return record.substring(this.start - 1, this.start - 1 + this.width);
		}

	}

	/** 振込入金通知 (種別コード 01): a bank's notice of the transfers an account received. */
	static final class Notice {

		static final int LENGTH = 200;

		static final String KIND = "01";

		private Notice() {
		}

		static final class Header {

			static final Field RECORD = Field.number("データ区分", 1, 1);

			static final Field KIND = Field.number("種別コード", 2, 2);

			static final Field CODE = Field.number("コード区分", 4, 1);

			static final Field CREATED = Field.number("作成日", 5, 6);

			static final Field BOOKED_FROM = Field.number("勘定日（自）", 11, 6);

			static final Field BOOKED_TO = Field.number("勘定日（至）", 17, 6);

			static final Field BANK_CODE = Field.number("銀行コード", 23, 4);

			static final Field BANK_NAME = Field.text("銀行名", 27, 15);

			static final Field BRANCH_CODE = Field.number("支店コード", 42, 3);

			static final Field BRANCH_NAME = Field.text("支店名", 45, 15);

			static final Field ACCOUNT_TYPE = Field.number("預金種目", 60, 1);

			static final Field ACCOUNT_NUMBER = Field.number("口座番号", 61, 7);

			static final Field ACCOUNT_NAME = Field.text("口座名", 68, 40);

			static final Field DUMMY = Field.text("ダミー", 108, 93);

			static final List<Field> ALL = List.of(RECORD, KIND, CODE, CREATED, BOOKED_FROM, BOOKED_TO, BANK_CODE,
					BANK_NAME, BRANCH_CODE, BRANCH_NAME, ACCOUNT_TYPE, ACCOUNT_NUMBER, ACCOUNT_NAME, DUMMY);

			private Header() {
			}

		}

		static final class Data {

			static final Field RECORD = Field.number("データ区分", 1, 1);

			static final Field REFERENCE = Field.number("照会番号", 2, 6);

			static final Field BOOKED = Field.number("勘定日", 8, 6);

			static final Field VALUE_DATE = Field.number("起算日", 14, 6);

			static final Field AMOUNT = Field.number("金額", 20, 10);

			static final Field CHEQUES = Field.number("うち他店券金額", 30, 10);

			static final Field PAYER_CODE = Field.number("振込依頼人コード", 40, 10);

			static final Field PAYER_NAME = Field.text("振込依頼人名", 50, 48);

			static final Field FROM_BANK = Field.text("仕向銀行名", 98, 15);

			static final Field FROM_BRANCH = Field.text("仕向支店名", 113, 15);

			static final Field CANCELLED = Field.number("取消区分", 128, 1);

			static final Field EDI = Field.text("EDI情報", 129, 20);

			static final Field DUMMY = Field.text("ダミー", 149, 52);

			static final List<Field> ALL = List.of(RECORD, REFERENCE, BOOKED, VALUE_DATE, AMOUNT, CHEQUES, PAYER_CODE,
					PAYER_NAME, FROM_BANK, FROM_BRANCH, CANCELLED, EDI, DUMMY);

			private Data() {
			}

		}

		static final class Trailer {

			static final Field RECORD = Field.number("データ区分", 1, 1);

			static final Field COUNT = Field.number("振込合計件数", 2, 6);

			static final Field TOTAL = Field.number("振込合計金額", 8, 12);

			static final Field CANCELLED_COUNT = Field.number("取消合計件数", 20, 6);

			static final Field CANCELLED_TOTAL = Field.number("取消合計金額", 26, 12);

			static final Field DUMMY = Field.text("ダミー", 38, 163);

			static final List<Field> ALL = List.of(RECORD, COUNT, TOTAL, CANCELLED_COUNT, CANCELLED_TOTAL, DUMMY);

			private Trailer() {
			}

		}

		static final class End {

			static final Field RECORD = Field.number("データ区分", 1, 1);

			static final Field DUMMY = Field.text("ダミー", 2, 199);

			static final List<Field> ALL = List.of(RECORD, DUMMY);

			private End() {
			}

		}

	}

	/** 総合振込 (種別コード 21): an order to the bank to pay several recipients. */
	static final class Order {

		static final int LENGTH = 120;

		static final String KIND = "21";

		/** 0: JIS, the code of a Shift_JIS file's single-byte half. */
		static final String CODE_JIS = "0";

		/** 7: テレ振込 (by wire), what banks do with a 総合振込 whatever is asked. */
		static final String BY_WIRE = "7";

		private Order() {
		}

		static final class Header {

			static final Field RECORD = Field.number("データ区分", 1, 1);

			static final Field KIND = Field.number("種別コード", 2, 2);

			static final Field CODE = Field.number("コード区分", 4, 1);

			static final Field REQUESTER_CODE = Field.number("振込依頼人コード", 5, 10);

			static final Field REQUESTER_NAME = Field.text("振込依頼人名", 15, 40);

			static final Field DATE = Field.number("取組日", 55, 4);

			static final Field BANK_CODE = Field.number("仕向銀行番号", 59, 4);

			static final Field BANK_NAME = Field.text("仕向銀行名", 63, 15);

			static final Field BRANCH_CODE = Field.number("仕向支店番号", 78, 3);

			static final Field BRANCH_NAME = Field.text("仕向支店名", 81, 15);

			static final Field ACCOUNT_TYPE = Field.number("預金種目（依頼人）", 96, 1);

			static final Field ACCOUNT_NUMBER = Field.number("口座番号（依頼人）", 97, 7);

			static final Field DUMMY = Field.text("ダミー", 104, 17);

			static final List<Field> ALL = List.of(RECORD, KIND, CODE, REQUESTER_CODE, REQUESTER_NAME, DATE, BANK_CODE,
					BANK_NAME, BRANCH_CODE, BRANCH_NAME, ACCOUNT_TYPE, ACCOUNT_NUMBER, DUMMY);

			private Header() {
			}

		}

		static final class Data {

			static final Field RECORD = Field.number("データ区分", 1, 1);

			static final Field BANK_CODE = Field.number("被仕向銀行番号", 2, 4);

			static final Field BANK_NAME = Field.text("被仕向銀行名", 6, 15);

			static final Field BRANCH_CODE = Field.number("被仕向支店番号", 21, 3);

			static final Field BRANCH_NAME = Field.text("被仕向支店名", 24, 15);

			/** 手形交換所番号: no longer used, zero. */
			static final Field CLEARING_HOUSE = Field.number("手形交換所番号", 39, 4);

			static final Field ACCOUNT_TYPE = Field.number("預金種目", 43, 1);

			static final Field ACCOUNT_NUMBER = Field.number("口座番号", 44, 7);

			static final Field PAYEE_NAME = Field.text("受取人名", 51, 30);

			static final Field AMOUNT = Field.number("振込金額", 81, 10);

			static final Field NEW_CODE = Field.number("新規コード", 91, 1);

			static final Field CUSTOMER_CODE_1 = Field.number("顧客コード1", 92, 10);

			static final Field CUSTOMER_CODE_2 = Field.number("顧客コード2", 102, 10);

			static final Field TRANSFER_KIND = Field.number("振込指定区分", 112, 1);

			/** 識別表示: "Y" when 顧客コード1 and 2 hold EDI情報 instead; space here. */
			static final Field EDI_MARK = Field.text("識別表示", 113, 1);

			static final Field DUMMY = Field.text("ダミー", 114, 7);

			static final List<Field> ALL = List.of(RECORD, BANK_CODE, BANK_NAME, BRANCH_CODE, BRANCH_NAME,
					CLEARING_HOUSE, ACCOUNT_TYPE, ACCOUNT_NUMBER, PAYEE_NAME, AMOUNT, NEW_CODE, CUSTOMER_CODE_1,
					CUSTOMER_CODE_2, TRANSFER_KIND, EDI_MARK, DUMMY);

			private Data() {
			}

		}

		static final class Trailer {

			static final Field RECORD = Field.number("データ区分", 1, 1);

			static final Field COUNT = Field.number("合計件数", 2, 6);

			static final Field TOTAL = Field.number("合計金額", 8, 12);

			static final Field DUMMY = Field.text("ダミー", 20, 101);

			static final List<Field> ALL = List.of(RECORD, COUNT, TOTAL, DUMMY);

			private Trailer() {
			}

		}

		static final class End {

			static final Field RECORD = Field.number("データ区分", 1, 1);

			static final Field DUMMY = Field.text("ダミー", 2, 119);

			static final List<Field> ALL = List.of(RECORD, DUMMY);

			private End() {
			}

		}

	}

}
