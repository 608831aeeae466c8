package jp.musubi.platform.refusal;

/**
 * Nothing of that kind has that id, or not for whoever asks: the caller learns no more
 * than that (a page answers 404, as for an address that names nothing).
 */
public class NotFound extends RuntimeException {

	public NotFound(String kind, Object id) {
		super("No " + kind + " " + id);
	}

}
