package jp.musubi.shop.settlement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.musubi.platform.refusal.FieldsRefused;
import jp.musubi.platform.refusal.InputRefused;
import jp.musubi.platform.zengin.AccountType;
import jp.musubi.platform.zengin.BankAccount;
import jp.musubi.platform.zengin.ZenginText;

/**
 * The account a producer is paid its settlements into, as its people gave it. The name it
 * is held in is kept in the banks' characters, converted when typed, so a name the bank
 * could not carry is refused when it is typed, not in a month's transfer file.
 */
@Entity
@Table(name = "shop_payout_account")
public class PayoutAccount {

	/**
	 * The length of a bank's or branch's name in a transfer record (15 half-width
	 * letters).
	 */
	static final int NAME_LENGTH = 15;

	@Id
	@Column(name = "producer_id")
	private UUID producerId;

	@Column(name = "bank_code", nullable = false)
	private String bankCode;

	@Column(name = "bank_name", nullable = false)
	private String bankName;

	@Column(name = "branch_code", nullable = false)
	private String branchCode;

	@Column(name = "branch_name", nullable = false)
	private String branchName;

	@Enumerated(EnumType.STRING)
	@Column(name = "account_type", nullable = false)
	private AccountType type;

	@Column(nullable = false)
	private String number;

	@Column(nullable = false)
	private String holder;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Version
	private long version;

	protected PayoutAccount() {
	}

	PayoutAccount(UUID producerId, Details details, Instant now) {
		this.producerId = producerId;
		change(details, now);
	}

	/**
	 * @throws FieldsRefused with every field the banks would not take; nothing changes
	 */
	void change(Details details, Instant now) {
		List<InputRefused> refusals = new ArrayList<>();
		BankAccount account = null;
		try {
			account = new BankAccount(digits(details.bankCode()), ZenginText.of("bankName", details.bankName()),
					digits(details.branchCode()), ZenginText.of("branchName", details.branchName()), details.type(),
					digits(details.number()));
		}
		catch (InputRefused refused) {
			refusals.add(refused);
		}
		if (account != null && account.bankName().length() > NAME_LENGTH) {
			refusals.add(new InputRefused("bankName", "shop.payout.refused.nameLength", String.valueOf(NAME_LENGTH)));
		}
		if (account != null && account.branchName().length() > NAME_LENGTH) {
			refusals.add(new InputRefused("branchName", "shop.payout.refused.nameLength", String.valueOf(NAME_LENGTH)));
		}
		String holder = null;
		try {
			holder = ZenginText.of("holder", details.holder());
			if (holder.isEmpty()) {
				refusals.add(new InputRefused("holder", "shop.payout.refused.holder"));
			}
			else if (holder.length() > 30) {
				refusals.add(new InputRefused("holder", "shop.payout.refused.holderLength", "30"));
			}
		}
		catch (InputRefused refused) {
			refusals.add(refused);
		}
		FieldsRefused.throwIfAny(refusals);
		this.bankCode = account.bankCode();
		this.bankName = account.bankName();
		this.branchCode = account.branchCode();
		this.branchName = account.branchName();
		this.type = account.type();
		this.number = account.number();
		this.holder = holder;
		this.changedAt = now;
	}

	private static String digits(String typed) {
		return (typed != null) ? java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC).strip() : null;
	}

	public UUID producerId() {
		return this.producerId;
	}

	public BankAccount bankAccount() {
		return new BankAccount(this.bankCode, this.bankName, this.branchCode, this.branchName, this.type, this.number);
	}

	/** The name the account is held in, in the banks' characters. */
	public String holder() {
		return this.holder;
	}

	public Instant changedAt() {
		return this.changedAt;
	}

	public Details details() {
		return new Details(this.bankCode, this.bankName, this.branchCode, this.branchName, this.type, this.number,
				this.holder);
	}

	/** An account as typed. */
	public record Details(String bankCode, String bankName, String branchCode, String branchName, AccountType type,
			String number, String holder) {
	}

}
