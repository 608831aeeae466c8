package jp.musubi.broadcast.media;

/** What an item of a channel is. A live broadcast's recording is a video. */
public enum MediaKind {

	PHOTO, VIDEO

}
