package jp.musubi.broadcast.live;

enum LiveState {

	LIVE, ENDED

}
