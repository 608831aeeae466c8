package jp.musubi.accounts.admin;

import jp.musubi.accounts.AccountsProperties;
import jp.musubi.accounts.account.Account;
import jp.musubi.accounts.account.AccountRepository;
import jp.musubi.accounts.account.AccountStatus;
import jp.musubi.platform.audit.AuditAction;
import jp.musubi.platform.audit.AuditLog;
import jp.musubi.platform.security.Role;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a new installation gets its first administrator without touching the database: the
 * account whose confirmed address is {@code MUSUBI_ADMIN_EMAIL} is made an administrator
 * when Musubi starts. Afterwards administrators give the role to others on the admin
 * pages.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountRepository accounts;

	private final AuditLog audit;

	private final String email;

	FirstAdministrator(AccountRepository accounts, AuditLog audit, AccountsProperties properties) {
		this.accounts = accounts;
		this.audit = audit;
		this.email = properties.firstAdmin();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.email.isBlank()) {
			return;
		}
		this.accounts.findByEmail(Account.normalizeEmail(this.email))
			.filter((account) -> account.status() == AccountStatus.ACTIVE)
			.ifPresentOrElse((account) -> {
				if (account.grant(Role.ADMIN)) {
					this.audit.record(AuditAction.ROLE_GRANTED, null, account.id(), "ADMIN (MUSUBI_ADMIN_EMAIL)");
					log.info("{} is now an administrator", this.email);
				}
			}, () -> log.warn("MUSUBI_ADMIN_EMAIL is {}, but no confirmed account has that address yet", this.email));
	}

}
