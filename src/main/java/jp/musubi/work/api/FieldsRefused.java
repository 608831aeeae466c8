package jp.musubi.work.api;

import java.util.List;

import jp.musubi.platform.web.InputRefused;

/**
 * Several rules of the domain refused the input at once, each for its field; the caller
 * hears of all of them in one answer, as a form shows them all.
 */
class FieldsRefused extends RuntimeException {

	private final transient List<InputRefused> refusals;

	FieldsRefused(List<InputRefused> refusals) {
		super(refusals.toString());
		this.refusals = List.copyOf(refusals);
	}

	/** Throws when there is anything to refuse. */
	static void throwIfAny(List<InputRefused> refusals) {
		if (!refusals.isEmpty()) {
			throw new FieldsRefused(refusals);
		}
	}

	List<InputRefused> refusals() {
		return this.refusals;
	}

}
