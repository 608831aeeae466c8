package jp.musubi.tourism.lead;

import java.util.UUID;
import java.util.regex.Pattern;

import jp.musubi.platform.text.UnusableCharacter;
import jp.musubi.platform.refusal.InputRefused;

/**
 * What someone asking about the region tells us: who they are, how to reach them, what
 * they want to know, perhaps about which programme, and whether we may contact them.
 */
public record Inquiry(String name, String email, String message, UUID programmeId, boolean contactConsent) {

	static final int NAME_LENGTH = 100;

	static final int MESSAGE_LENGTH = 2000;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{C}]+@[^@\\s\\p{C}]+\\.[^@\\s\\p{C}.]+");

	public Inquiry {
		name = (name != null) ? name.strip() : "";
		email = (email != null) ? email.strip() : "";
		message = (message != null) ? message.strip() : "";
	}

	/**
	 * @throws InputRefused naming the first field that is wrong
	 */
	void check() {
		if (this.name.isEmpty()) {
			throw new InputRefused("name", "tourism.inquiry.error.name");
		}
		if (this.name.length() > NAME_LENGTH) {
			throw new InputRefused("name", "tourism.inquiry.error.nameLength");
		}
		UnusableCharacter.refuseIn("name", this.name);
		if (this.email.isEmpty()) {
			throw new InputRefused("email", "tourism.inquiry.error.emailMissing");
		}
		if (this.email.length() > 254 || !EMAIL.matcher(this.email).matches()) {
			throw new InputRefused("email", "tourism.inquiry.error.email");
		}
		if (this.message.isEmpty()) {
			throw new InputRefused("message", "tourism.inquiry.error.message");
		}
		if (this.message.length() > MESSAGE_LENGTH) {
			throw new InputRefused("message", "tourism.inquiry.error.messageLength");
		}
		UnusableCharacter.refuseIn("message", this.message);
	}

}
