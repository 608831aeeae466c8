package jp.musubi.shop.settlement;

import java.math.BigDecimal;
import java.util.Optional;

import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.zengin.AccountType;
import jp.musubi.platform.zengin.BankAccount;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the agent pays producers ({@code musubi.shop.payout}): the commission its terms
 * name until a producer's own is set, and the account and code its bank gave it for bulk
 * transfers (総合振込). Until the account is configured, settlements close but no transfer
 * file can be written.
 *
 * @param commissionPercent the commission on goods, in percent
 * @param requesterCode 振込依頼人コード, up to 10 digits, from the agent's bank
 * @param requesterName the agent's name as payees' statements show it, in kana
 */
@ConfigurationProperties("musubi.shop.payout")
public record PayoutSource(@DefaultValue("10") BigDecimal commissionPercent, String requesterCode, String requesterName,
		String bankCode, String bankName, String branchCode, String branchName,
		@DefaultValue("ORDINARY") AccountType accountType, String accountNumber) {

	/** The account the transfers are paid from, once configured. */
	Optional<BankAccount> account() {
		if (this.requesterCode == null || this.requesterCode.isBlank() || this.bankCode == null
				|| this.accountNumber == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(new BankAccount(this.bankCode, this.bankName, this.branchCode, this.branchName,
					this.accountType, this.accountNumber));
		}
		catch (InputRefused refused) {
			return Optional.empty();
		}
	}

}
