package jp.musubi.accounts.account;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jp.musubi.platform.audit.AuditAction;
import jp.musubi.platform.audit.AuditLog;
import jp.musubi.platform.security.Role;
import jp.musubi.platform.security.Sessions;
import jp.musubi.platform.text.JapaneseText;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator managing accounts: giving and taking roles, disabling and enabling. A
 * changed account's sessions end, so the change holds at once on every node. The last
 * administrator can neither lose the role nor be disabled, and nobody takes the role from
 * themselves.
 */
@Service
public class RoleChanges {

	private final AccountRepository accounts;

	private final AuditLog audit;

	private final Sessions sessions;

	RoleChanges(AccountRepository accounts, AuditLog audit, Sessions sessions) {
		this.accounts = accounts;
		this.audit = audit;
		this.sessions = sessions;
	}

	@Transactional(readOnly = true)
	public Page<Account> search(String words, Pageable page) {
		if (words == null || words.isBlank()) {
			return this.accounts.search(null, null, page);
		}
		// Readings are kept in hiragana: ヤマダ finds やまだ.
		return this.accounts.search("%" + JapaneseText.normalize(words).toLowerCase(Locale.ROOT) + "%",
				"%" + JapaneseText.furigana(words) + "%", page);
	}

	@Transactional(readOnly = true)
	public Account account(UUID accountId) {
		return this.accounts.findById(accountId)
			.filter((account) -> account.status() != AccountStatus.ERASED)
			.orElseThrow(() -> new AccountNotFound(accountId));
	}

	/** Makes the account's own roles exactly these. */
	@Transactional
	public void setRoles(UUID adminId, UUID accountId, Set<Role> roles) {
		Account account = account(accountId);
		if (account.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
			refuseLosingLastAdmin(adminId, accountId);
		}
		boolean changed = false;
		for (Role role : Role.values()) {
			if (roles.contains(role) && account.grant(role)) {
				this.audit.record(AuditAction.ROLE_GRANTED, adminId, accountId, role.name());
				changed = true;
			}
			else if (!roles.contains(role) && account.revoke(role)) {
				this.audit.record(AuditAction.ROLE_REVOKED, adminId, accountId, role.name());
				changed = true;
			}
		}
		if (changed) {
			this.sessions.endAll(accountId);
		}
	}

	@Transactional
	public void disable(UUID adminId, UUID accountId) {
		Account account = account(accountId);
		if (account.hasRole(Role.ADMIN)) {
			refuseLosingLastAdmin(adminId, accountId);
		}
		account.disable();
		this.audit.record(AuditAction.ACCOUNT_DISABLED, adminId, accountId, null);
		this.sessions.endAll(accountId);
	}

	@Transactional
	public void enable(UUID adminId, UUID accountId) {
		account(accountId).enable();
		this.audit.record(AuditAction.ACCOUNT_ENABLED, adminId, accountId, null);
	}

	private void refuseLosingLastAdmin(UUID adminId, UUID accountId) {
		if (adminId.equals(accountId)) {
			throw new AdminLockout("accounts.admin.error.self");
		}
		if (this.accounts.countActiveAdmins() <= 1) {
			throw new AdminLockout("accounts.admin.error.lastAdmin");
		}
	}

	/** The change would leave the installation without an administrator who can act. */
	public static class AdminLockout extends RuntimeException {

		private final String messageKey;

		AdminLockout(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
