package jp.musubi.broadcast;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.broadcast.channel.Channel;
import jp.musubi.broadcast.channel.ChannelDetails;
import jp.musubi.broadcast.channel.Channels;
import jp.musubi.broadcast.live.LiveIngest;
import jp.musubi.platform.security.CurrentUser;
import jp.musubi.platform.refusal.InputRefused;

import org.springframework.stereotype.Service;

/**
 * What other modules may do with the station: open a channel for an organisation (care's
 * private class observation for parents, the shop's product videos), invite viewers to a
 * private one, and ask whether it is on air. Showing a video is {@link Player}'s part; a
 * video that becomes watchable is announced as {@link VideoReady}. Every call is checked
 * against the person as the station's own pages are.
 */
@Service
public class Broadcasting {

	private final Channels channels;

	private final LiveIngest live;

	Broadcasting(Channels channels, LiveIngest live) {
		this.channels = channels;
		this.live = live;
	}

	/**
	 * Opens a channel for an organisation the person belongs to.
	 * @return the channel's id; its pages are {@code /broadcast/channels/{id}}
	 */
	public UUID openChannel(CurrentUser user, UUID organisationId, String name, String description,
			Visibility visibility) {
		return this.channels.open(user, organisationId, new ChannelDetails(name, description, visibility)).id();
	}

	/**
	 * Invites a person with an account to watch a private channel.
	 * @throws InputRefused (field {@code email}) when nobody with that address can be
	 * invited
	 */
	public void invite(CurrentUser user, UUID channelId, String email) {
		this.channels.invite(user, channelId, email);
	}

	/** The channels the person's organisations run, by id and name. */
	public List<ChannelSummary> channelsRunBy(CurrentUser user) {
		return this.channels.runBy(user).stream().map(Broadcasting::summary).toList();
	}

	/**
	 * The live broadcast going on now on the channel, as the media id the player takes.
	 */
	public Optional<UUID> onAir(UUID channelId) {
		return this.live.onAir(channelId);
	}

	private static ChannelSummary summary(Channel channel) {
		return new ChannelSummary(channel.id(), channel.organisationId(), channel.name(), channel.visibility());
	}

	/** A channel as other modules may know it. */
	public record ChannelSummary(UUID id, UUID organisationId, String name, Visibility visibility) {

	}

}
