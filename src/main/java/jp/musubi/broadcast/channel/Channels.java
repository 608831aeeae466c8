package jp.musubi.broadcast.channel;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.accounts.AccountErased;
import jp.musubi.accounts.Accounts;
import jp.musubi.accounts.PersonSummary;
import jp.musubi.broadcast.Visibility;
import jp.musubi.platform.audit.AuditAction;
import jp.musubi.platform.audit.AuditLog;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.security.RandomToken;
import jp.musubi.platform.refusal.InputRefused;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening and running channels: their description, the stream key for live broadcasts and
 * the people invited to a private one.
 */
@Service
public class Channels {

	private final ChannelRepository channels;

	private final ChannelAccess access;

	private final Accounts accounts;

	private final ChannelViewers viewers;

	private final AuditLog audit;

	private final Clock clock;

	Channels(ChannelRepository channels, ChannelAccess access, Accounts accounts, ChannelViewers viewers,
			AuditLog audit, Clock clock) {
		this.audit = audit;
		this.channels = channels;
		this.access = access;
		this.accounts = accounts;
		this.viewers = viewers;
		this.clock = clock;
	}

	@Transactional
	public Channel open(CurrentUser user, UUID organisationId, ChannelDetails details) {
		this.access.requireBroadcaster(user, organisationId);
		return this.channels.save(new Channel(organisationId, details, this.clock.instant()));
	}

	/**
	 * Changes the description, unless someone else changed it since the form was shown.
	 */
	@Transactional
	public Channel describe(CurrentUser user, UUID channelId, ChannelDetails details, long version) {
		Channel channel = runnable(user, channelId);
		if (channel.version() != version) {
			throw new ObjectOptimisticLockingFailureException(Channel.class, channelId);
		}
		channel.describe(details);
		return channel;
	}

	/** A new stream key, shown to the owner this once; the old one stops working. */
	@Transactional
	public RandomToken newStreamKey(CurrentUser user, UUID channelId) {
		RandomToken key = runnable(user, channelId).newStreamKey();
		this.audit.record(AuditAction.STREAM_KEY_ISSUED, user.accountId(), null, "channel " + channelId);
		return key;
	}

	@Transactional(readOnly = true)
	public Optional<Channel> find(UUID channelId) {
		return this.channels.findById(channelId);
	}

	/** The channel the person may watch; one they may not see does not exist for them. */
	@Transactional(readOnly = true)
	public Channel watchable(CurrentUser user, UUID channelId) {
		Channel channel = find(channelId).orElseThrow(() -> new ChannelAccess.NotVisible(channelId));
		this.access.requireWatch(user, channel);
		return channel;
	}

	/** The channel the person runs. */
	@Transactional(readOnly = true)
	public Channel runnable(CurrentUser user, UUID channelId) {
		Channel channel = find(channelId).orElseThrow(() -> new ChannelAccess.NotVisible(channelId));
		this.access.requireRun(user, channel);
		return channel;
	}

	@Transactional(readOnly = true)
	public Optional<Channel> byStreamKey(String streamKey) {
		return this.channels.findByStreamKeyHash(RandomToken.hashOf(streamKey));
	}

	/**
	 * The channels the person may watch, public ones first in name order: public and
	 * members' channels, private ones they are invited to, and their organisations' own.
	 */
	@Transactional(readOnly = true)
	public List<Channel> watchableBy(CurrentUser user) {
		if (user == null) {
			return this.channels.findByVisibilityInOrderByName(List.of(Visibility.PUBLIC));
		}
		List<Channel> visible = new ArrayList<>(
				this.channels.findByVisibilityInOrderByName(List.of(Visibility.PUBLIC, Visibility.MEMBERS)));
		List<UUID> own = this.accounts.organisationsOf(user.accountId()).stream().map((o) -> o.id()).toList();
		List<UUID> seen = new ArrayList<>(visible.stream().map(Channel::id).toList());
		List<Channel> more = new ArrayList<>(this.channels.findByOrganisationIdInOrderByName(own));
		more.addAll(this.channels.findAllById(this.viewers.channelsOf(user.accountId())));
		for (Channel channel : more) {
			if (!seen.contains(channel.id())) {
				seen.add(channel.id());
				visible.add(channel);
			}
		}
		return visible;
	}

	/** The channels of the organisations the person belongs to. */
	@Transactional(readOnly = true)
	public List<Channel> runBy(CurrentUser user) {
		List<UUID> own = this.accounts.organisationsOf(user.accountId()).stream().map((o) -> o.id()).toList();
		return this.channels.findByOrganisationIdInOrderByName(own);
	}

	/**
	 * Invites a person with an account to a private channel, by their address.
	 * @throws InputRefused when nobody with that address can be invited
	 */
	@Transactional
	public PersonSummary invite(CurrentUser user, UUID channelId, String email) {
		Channel channel = runnable(user, channelId);
		PersonSummary person = this.accounts.personByEmail(email == null ? "" : email.strip())
			.orElseThrow(() -> new InputRefused("email", "broadcast.viewers.error.unknown"));
		if (this.viewers.isInvited(channel.id(), person.id())) {
			throw new InputRefused("email", "broadcast.viewers.error.already");
		}
		this.viewers.invite(channel.id(), person.id(), this.clock.instant());
		return person;
	}

	@Transactional
	public void uninvite(CurrentUser user, UUID channelId, UUID accountId) {
		Channel channel = runnable(user, channelId);
		this.viewers.uninvite(channel.id(), accountId);
	}

	/** The people invited to the channel, by name. */
	@Transactional(readOnly = true)
	public List<PersonSummary> viewers(UUID channelId) {
		return this.viewers.of(channelId)
			.stream()
			.map(this.accounts::person)
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(PersonSummary::displayName))
			.toList();
	}

	/**
	 * An erased person is no longer invited anywhere. Their uploads stay with the
	 * channel, which belongs to the organisation; viewings never held who watched.
	 */
	@ApplicationModuleListener
	void on(AccountErased erased) {
		this.viewers.forget(erased.accountId());
	}

}
