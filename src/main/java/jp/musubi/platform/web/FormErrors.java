package jp.musubi.platform.web;

import java.util.List;
import java.util.function.UnaryOperator;

import jp.musubi.platform.refusal.InputRefused;

import org.springframework.validation.BindingResult;

/**
 * Puts the domain's refusals on a form, each next to its field: a form whose fields are
 * named as the domain names them passes {@link UnaryOperator#identity()}, one that lays
 * them out otherwise (a row per language, one field for three sides) maps the names. A
 * field that already shows a reason (the value could not even be read) keeps that one.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult errors, List<InputRefused> refusals, UnaryOperator<String> fieldOf) {
		for (InputRefused refused : refusals) {
			String field = fieldOf.apply(refused.field());
			if (field == null) {
				errors.reject(refused.messageKey(), refused.arguments(), null);
			}
			else if (errors.getFieldErrorCount(field) == 0) {
				errors.rejectValue(field, refused.messageKey(), refused.arguments(), null);
			}
		}
	}

}
