package jp.musubi.broadcast.channel;

import jp.musubi.broadcast.Visibility;

/** What a channel's owner writes about it. */
public record ChannelDetails(String name, String description, Visibility visibility) {

}
