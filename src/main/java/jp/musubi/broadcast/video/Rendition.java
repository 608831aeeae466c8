package jp.musubi.broadcast.video;

/**
 * One rung as written: its picture size and bandwidth as the master playlist announces
 * them to players, and its own playlist relative to the output directory.
 */
public record Rendition(String name, int width, int height, int bandwidth, String playlist) {

}
