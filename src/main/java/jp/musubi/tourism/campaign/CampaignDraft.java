package jp.musubi.tourism.campaign;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jp.musubi.platform.i18n.Language;

/**
 * What the agent's staff write for a campaign: its name, the segment, the mail in each
 * language they wrote it in (Japanese at least), and when it goes; no time means now.
 */
public record CampaignDraft(String name, UUID segmentId, Map<Language, Text> texts, Instant sendAt) {

	public CampaignDraft {
		Map<Language, Text> given = new EnumMap<>(Language.class);
		if (texts != null) {
			texts.forEach((language, text) -> {
				if (text != null && !text.isEmpty()) {
					given.put(language, text);
				}
			});
		}
		texts = Map.copyOf(given);
	}

	/**
	 * The name of a field of the mail in a language, as the form and the API call it:
	 * {@code subjectJa}, {@code bodyZhCn}.
	 */
	public static String field(String part, Language language) {
		StringBuilder name = new StringBuilder(part);
		for (String piece : language.tag().split("-")) {
			name.append(Character.toUpperCase(piece.charAt(0))).append(piece.substring(1).toLowerCase(Locale.ROOT));
		}
		return name.toString();
	}

	/** The mail in one language. */
	public record Text(String subject, String body) {

		boolean isEmpty() {
			return (this.subject == null || this.subject.isBlank()) && (this.body == null || this.body.isBlank());
		}

	}

}
