package jp.musubi.broadcast.viewing;

/**
 * Where a viewer lives as far as the station knows: in the region or outside it, by the
 * prefecture of their profile. A viewer who is not signed in is unknown: the station does
 * not guess from network addresses.
 */
public enum ViewerArea {

	IN, OUT, UNKNOWN;

	public String messageKey() {
		return "broadcast.area." + name();
	}

}
