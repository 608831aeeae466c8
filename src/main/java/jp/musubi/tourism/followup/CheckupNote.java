package jp.musubi.tourism.followup;

import java.time.LocalDate;

/** What the clinic writes down after a checkup. */
public record CheckupNote(LocalDate examinedOn, String findings, String advice, LocalDate nextCheckupOn) {

	public CheckupNote {
		findings = findings.strip();
		advice = (advice == null || advice.isBlank()) ? null : advice.strip();
	}

}
