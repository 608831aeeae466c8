package jp.musubi.accounts.account;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import jp.musubi.platform.audit.AuditAction;
import jp.musubi.platform.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person keeping their own profile and their consent to sensitive attributes. */
@Service
public class Profiles {

	/** What the audit log says of any sensitive declaration, whichever it is. */
	static final String AUDIT_DETAIL = "sensitive";

	private final AccountRepository accounts;

	private final AuditLog audit;

	private final Clock clock;

	Profiles(AccountRepository accounts, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Account account(UUID accountId) {
		return this.accounts.findById(accountId)
			.filter((account) -> account.status() != AccountStatus.ERASED)
			.orElseThrow(() -> new AccountNotFound(accountId));
	}

	@Transactional
	public Account update(UUID accountId, PersonProfile profile) {
		Account account = account(accountId);
		account.updateProfile(profile);
		this.audit.record(AuditAction.PROFILE_CHANGED, accountId, accountId, null);
		return account;
	}

	/**
	 * Keeps exactly the attributes the member declared with consent; everything else is
	 * deleted. Each change is one line in the audit log, which never names the attribute:
	 * the declaration itself keeps when and to which text consent was given, and once it
	 * is withdrawn nothing may still say which one it was (APPI: disability is 要配慮個人情報,
	 * and the log is in the person's export and on the admin's page).
	 */
	@Transactional
	public void declare(UUID accountId, Set<SensitiveAttribute> consented) {
		Account account = account(accountId);
		for (SensitiveAttribute attribute : SensitiveAttribute.values()) {
			if (consented.contains(attribute)) {
				if (account.declare(attribute, this.clock)) {
					this.audit.record(AuditAction.CONSENT_GIVEN, accountId, accountId,
							AUDIT_DETAIL + " v" + SensitiveAttribute.CONSENT_VERSION);
				}
			}
			else if (account.withdraw(attribute)) {
				this.audit.record(AuditAction.CONSENT_WITHDRAWN, accountId, accountId, AUDIT_DETAIL);
			}
		}
	}

}
