package jp.musubi.broadcast.channel;

import java.util.List;
import java.util.UUID;

import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.OrganisationSummary;
import jp.musubi.accounts.OrganisationType;
import jp.musubi.broadcast.Visibility;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may run and who may watch a channel. Producers, facilities, municipalities, NPOs
 * and the agent run channels; a company that only orders work does not. A channel is run
 * by the people of its organisation. Anyone watches a public channel, anyone signed in a
 * members' channel, and a private one only its organisation's people and those they
 * invited.
 */
@Component
public class ChannelAccess {

	private final Accounts accounts;

	private final ChannelViewers viewers;

	ChannelAccess(Accounts accounts, ChannelViewers viewers) {
		this.accounts = accounts;
		this.viewers = viewers;
	}

	/** The organisations the person may open channels for. */
	public List<OrganisationSummary> broadcasters(CurrentUser user) {
		return this.accounts.organisationsOf(user.accountId()).stream().filter(ChannelAccess::broadcasts).toList();
	}

	static boolean broadcasts(OrganisationSummary organisation) {
		return organisation.type() != OrganisationType.CLIENT || organisation.isMunicipality();
	}

	public boolean canRun(CurrentUser user, Channel channel) {
		return user != null
				&& (user.hasRole(Role.ADMIN) || this.accounts.isMember(user.accountId(), channel.organisationId()));
	}

	public boolean canWatch(CurrentUser user, Channel channel) {
		return switch (channel.visibility()) {
			case PUBLIC -> true;
			case MEMBERS -> user != null;
			case PRIVATE ->
				user != null && (canRun(user, channel) || this.viewers.isInvited(channel.id(), user.accountId()));
		};
	}

	public void requireRun(CurrentUser user, Channel channel) {
		if (!canRun(user, channel)) {
			throw new Refused("Not one of the people of " + channel.organisationId());
		}
	}

	/**
	 * A channel the person may not watch looks, to them, like one that does not exist: a
	 * private channel's name is itself private.
	 */
	public void requireWatch(CurrentUser user, Channel channel) {
		if (!canWatch(user, channel)) {
			throw new NotVisible(channel.id());
		}
	}

	public void requireBroadcaster(CurrentUser user, UUID organisationId) {
		if (broadcasters(user).stream().noneMatch((organisation) -> organisation.id().equals(organisationId))) {
			throw new Refused("Not a broadcaster of " + organisationId);
		}
	}

	/** Not theirs to change: 403, nothing changed. */
	public static class Refused extends AccessDeniedException {

		public Refused(String message) {
			super(message);
		}

	}

	/** Not theirs to see; answered as 404 (or sign in first, for a visitor). */
	public static class NotVisible extends RuntimeException {

		NotVisible(UUID channelId) {
			super("Channel " + channelId + " is not visible to this viewer");
		}

	}

	static boolean visibleWithoutSigningIn(Visibility visibility) {
		return visibility == Visibility.PUBLIC;
	}

}
