package jp.musubi.work.request.web;

import jp.musubi.platform.refusal.InputRefused;

import org.springframework.validation.BindingResult;

/**
 * How a refusal from the domain reaches the form: next to its field, or above the form.
 */
public final class WorkForms {

	private WorkForms() {
	}

	public static void reject(BindingResult errors, InputRefused refused) {
		if (errors.getTarget() != null && hasField(errors, refused.field())) {
			errors.rejectValue(refused.field(), refused.messageKey());
		}
		else {
			errors.reject(refused.messageKey());
		}
	}

	private static boolean hasField(BindingResult errors, String field) {
		try {
			return errors.getFieldType(field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
