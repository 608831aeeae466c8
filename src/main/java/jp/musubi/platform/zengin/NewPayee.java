package jp.musubi.platform.zengin;

/**
 * 新規コード: whether a payee is paid for the first time or with changed details, which some
 * banks check more closely.
 */
public enum NewPayee {

	/** 0: paid before, nothing changed (その他). */
	KNOWN('0'),
	/** 1: the first transfer to this payee (第1回振込分). */
	FIRST('1'),
	/** 2: the payee's account or name changed since the last transfer (変更分). */
	CHANGED('2');

	private final char code;

	NewPayee(char code) {
		this.code = code;
	}

	char code() {
		return this.code;
	}

}
