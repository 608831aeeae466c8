package jp.musubi.platform.refusal;

import java.util.List;

/**
 * Several rules of the domain refused the input at once, each for its field; the caller
 * hears of all of them in one answer, as a form shows them all.
 */
public class FieldsRefused extends RuntimeException {

	private final transient List<InputRefused> refusals;

	public FieldsRefused(List<InputRefused> refusals) {
		super(refusals.toString());
		this.refusals = List.copyOf(refusals);
	}

	/** Throws when there is anything to refuse. */
	public static void throwIfAny(List<InputRefused> refusals) {
		if (!refusals.isEmpty()) {
			throw new FieldsRefused(refusals);
		}
	}

	public List<InputRefused> refusals() {
		return this.refusals;
	}

}
