package jp.musubi.platform.zengin;

import jp.musubi.platform.refusal.InputRefused;

/**
 * An account at a Japanese bank as transfers name it: the bank's and the branch's codes
 * (統一金融機関番号, 4 digits; 統一店番号, 3 digits), their names in kana as the banks register them,
 * the kind of account and its number (up to 7 digits).
 */
public record BankAccount(String bankCode, String bankName, String branchCode, String branchName, AccountType type,
		String number) {

	public BankAccount {
		requireDigits("bankCode", bankCode, 4, 4);
		requireDigits("branchCode", branchCode, 3, 3);
		requireDigits("accountNumber", number, 1, 7);
		if (type == null) {
			throw new InputRefused("accountType", "platform.zengin.error.accountTypeMissing");
		}
		bankName = (bankName != null) ? bankName : "";
		branchName = (branchName != null) ? branchName : "";
	}

	private static void requireDigits(String field, String value, int least, int most) {
		if (value == null || value.length() < least || value.length() > most
				|| !value.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw new InputRefused(field, "platform.zengin.error.digits", String.valueOf(most));
		}
	}

}
