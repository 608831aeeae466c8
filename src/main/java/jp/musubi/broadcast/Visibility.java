package jp.musubi.broadcast;

/**
 * Who may watch a channel: anyone, anyone signed in to Musubi, or only the people the
 * channel's organisation invited (a nursery's class observation, a clinic's lecture).
 */
public enum Visibility {

	PUBLIC, MEMBERS, PRIVATE;

	public String messageKey() {
		return "broadcast.visibility." + name();
	}

}
