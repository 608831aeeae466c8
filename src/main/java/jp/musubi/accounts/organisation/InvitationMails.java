package jp.musubi.accounts.organisation;

import java.time.Clock;
import java.util.Map;

import jp.musubi.accounts.AccountsProperties;
import jp.musubi.accounts.account.AccountRepository;
import jp.musubi.accounts.organisation.OrganisationEvents.InvitationRequested;
import jp.musubi.platform.i18n.Language;
import jp.musubi.platform.mail.MailListener;
import jp.musubi.platform.mail.Mailer;
import jp.musubi.platform.security.RandomToken;

import org.springframework.stereotype.Component;

/**
 * Writes the invitation mail in the owner's request's transaction, which keeps the link's
 * token and the mail together with the invitation; the mail leaves after the commit, so
 * the link works the moment it arrives, and a listener run again for the same event does
 * not replace the link already mailed (see {@link MailListener}). The link's secret is
 * made here and goes only into the mail. The mail is in the invitee's language when they
 * already have an account, otherwise in the inviting owner's.
 */
@Component
class InvitationMails {

	private final InvitationRepository invitations;

	private final OrganisationRepository organisations;

	private final AccountRepository accounts;

	private final Mailer mailer;

	private final AccountsProperties properties;

	private final Clock clock;

	InvitationMails(InvitationRepository invitations, OrganisationRepository organisations, AccountRepository accounts,
			Mailer mailer, AccountsProperties properties, Clock clock) {
		this.invitations = invitations;
		this.organisations = organisations;
		this.accounts = accounts;
		this.mailer = mailer;
		this.properties = properties;
		this.clock = clock;
	}

	@MailListener
	void on(InvitationRequested event) {
		Mailer.Once mail = this.mailer.once("invitation:" + event.eventId());
		this.invitations.findById(event.invitationId())
			.filter((invitation) -> invitation.state(this.clock) == Invitation.State.PENDING && !mail.queued())
			.ifPresent((invitation) -> {
				Organisation organisation = this.organisations.findById(invitation.organisationId()).orElseThrow();
				var inviter = this.accounts.findById(event.invitedBy());
				Language language = this.accounts.findByEmail(invitation.email())
					.or(() -> inviter)
					.map((account) -> account.profile().preferredLanguage())
					.orElse(Language.DEFAULT);
				RandomToken secret = RandomToken.generate("");
				invitation.renew(secret, this.properties.invitationValidity(), this.clock);
				this.invitations.save(invitation);
				mail.send(invitation.email(), language.locale(), "invitation",
						Map.of("organisation", organisation.name(), "inviter",
								inviter.map((account) -> account.profile().displayName()).orElse(""), "token",
								secret.value(), "days", this.properties.invitationValidity().toDays()));
			});
	}

}
