package jp.musubi.broadcast;

import java.util.UUID;

/**
 * A video can be watched now: an upload's ladder is made, or a live broadcast ended and
 * its recording stays. The shop can show a product's video from here on.
 */
public record VideoReady(UUID mediaId, UUID channelId, String title) {

}
