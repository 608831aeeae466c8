package jp.musubi.broadcast.media;

/**
 * Where an item is on its way to viewers: a video is processed in the background after
 * the upload, a live broadcast is live until it ends, and then its recording is ready.
 */
public enum MediaStatus {

	PROCESSING, LIVE, READY, FAILED;

	public String messageKey() {
		return "broadcast.status." + name();
	}

}
