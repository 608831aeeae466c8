package jp.musubi.work.invoice;

/**
 * The kinds of work the regional agent brokers. Whether the payer must withhold income
 * tax from the remuneration of an individual follows the list in 所得税法 第204条第1項第1号 and
 * 所得税法施行令 第320条第1項 (原稿, 挿絵, 写真, デザイン, 翻訳, 通訳, 講演, 技芸・知識の教授); work outside that list, such
 * as data entry, programming or bookkeeping, is paid in full. Payments to corporations
 * are never withheld for these kinds of work.
 */
public enum WorkCategory {

	DATA_ENTRY(false), WRITING(true), TRANSLATION(true), INTERPRETATION(true), DESIGN(true), ILLUSTRATION(true),
	// The law names only photographs for magazines, advertisements and other print. All
	// photography counts here: the use is rarely known when the work is paid, tax not
	// withheld is charged to the payer with a penalty, and tax withheld is credited to
	// the
	// payee in the final return.
	PHOTOGRAPHY(true), VIDEO_EDITING(false), WEB_DEVELOPMENT(false), PROGRAMMING(false), ACCOUNTING(false),
	ADMINISTRATION(false), CUSTOMER_SUPPORT(false), TRANSCRIPTION(false), TEACHING(true), LECTURE(true),
	RESEARCH(false), OTHER(false);

	private final boolean withholdingApplies;

	WorkCategory(boolean withholdingApplies) {
		this.withholdingApplies = withholdingApplies;
	}

	/**
	 * Whether income tax is withheld when an individual is paid for this kind of work.
	 */
	public boolean withholdingApplies() {
		return this.withholdingApplies;
	}

	public String messageKey() {
		return "work.category." + name();
	}

}
