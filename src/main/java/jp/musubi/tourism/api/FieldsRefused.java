package jp.musubi.tourism.api;

import java.util.List;

import jp.musubi.platform.web.InputRefused;

/** Several fields refused at once, so that the caller can fix them all in one go. */
class FieldsRefused extends RuntimeException {

	private final List<InputRefused> refusals;

	FieldsRefused(List<InputRefused> refusals) {
		super(refusals.toString());
		this.refusals = List.copyOf(refusals);
	}

	List<InputRefused> refusals() {
		return this.refusals;
	}

	static void throwIfAny(List<InputRefused> refusals) {
		if (!refusals.isEmpty()) {
			throw new FieldsRefused(refusals);
		}
	}

}
