package jp.musubi.accounts.organisation;

import java.time.Clock;
import java.util.Map;

import jp.musubi.accounts.AccountsProperties;
import jp.musubi.accounts.account.AccountRepository;
import jp.musubi.accounts.organisation.OrganisationEvents.InvitationRequested;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.mail.Mailer;
import jp.musubi.platform.security.RandomToken;

import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the invitation mail after the owner's request has committed. The link's secret
 * is made here and goes only into the mail; it is committed before the mail leaves, so
 * the link works the moment the mail arrives. The mail is in the invitee's language when
 * they already have an account, otherwise in the inviting owner's.
 */
@Component
class InvitationMails {

	private final InvitationRepository invitations;

	private final OrganisationRepository organisations;

	private final AccountRepository accounts;

	private final Mailer mailer;

	private final AccountsProperties properties;

	private final Clock clock;

	private final TransactionTemplate transactions;

	InvitationMails(InvitationRepository invitations, OrganisationRepository organisations, AccountRepository accounts,
			Mailer mailer, AccountsProperties properties, Clock clock, TransactionTemplate transactions) {
		this.invitations = invitations;
		this.organisations = organisations;
		this.accounts = accounts;
		this.mailer = mailer;
		this.properties = properties;
		this.clock = clock;
		this.transactions = transactions;
	}

	@Async
	@TransactionalEventListener
	void on(InvitationRequested event) {
		this.invitations.findById(event.invitationId())
			.filter((invitation) -> invitation.state(this.clock) == Invitation.State.PENDING)
			.ifPresent((invitation) -> {
				Organisation organisation = this.organisations.findById(invitation.organisationId()).orElseThrow();
				var inviter = this.accounts.findById(event.invitedBy());
				Language language = this.accounts.findByEmail(invitation.email())
					.or(() -> inviter)
					.map((account) -> account.profile().preferredLanguage())
					.orElse(Language.DEFAULT);
				RandomToken secret = RandomToken.generate("");
				invitation.renew(secret, this.properties.invitationValidity(), this.clock);
				this.transactions.executeWithoutResult((status) -> this.invitations.save(invitation));
				this.mailer.send(invitation.email(), language.locale(), "invitation",
						Map.of("organisation", organisation.name(), "inviter",
								inviter.map((account) -> account.profile().displayName()).orElse(""), "token",
								secret.value(), "days", this.properties.invitationValidity().toDays()));
			});
	}

}
