package jp.musubi.platform.zengin;

import java.util.Optional;

/** 預金種目: the kind of deposit account, as the 全銀協 formats code it. */
public enum AccountType {

	/** 普通預金. */
	ORDINARY('1'),
	/** 当座預金. */
	CURRENT('2'),
	/** 貯蓄預金. */
	SAVINGS('4'),
	/** その他. */
	OTHER('9');

	private final char code;

	AccountType(char code) {
		this.code = code;
	}

	char code() {
		return this.code;
	}

	static Optional<AccountType> of(char code) {
		for (AccountType type : values()) {
			if (type.code == code) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
