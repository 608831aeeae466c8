package jp.musubi.work.profile.web;

import java.util.List;

import jp.musubi.work.matching.Reason;
import jp.musubi.work.request.web.Wording;

/**
 * One reason the exchange suggests a match: the message key for a program, and the words
 * the pages show, in the caller's language.
 */
record MatchReason(String messageKey, String text) {

	static List<MatchReason> of(List<Reason> reasons, Wording wording) {
		return reasons.stream()
			.map((reason) -> new MatchReason(reason.messageKey(),
					wording.of(reason.messageKey(), reason.argsIn(wording.language()))))
			.toList();
	}

}
