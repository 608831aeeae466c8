package jp.musubi.platform.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Free text that must not carry markup or control characters. Pages escape everything
 * anyway; refusing it at the door means it is never stored, exported or mailed to anyone.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	String message() default "{validation.plainText}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PlainText, String> {

		private static final Pattern FORBIDDEN = Pattern
			.compile("[<>\\p{Cntrl}&&[^\\n\\r\\t]]|javascript:|data:text/html", Pattern.CASE_INSENSITIVE);

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			String normalized = JapaneseText.normalize(value);
			return normalized == null || !FORBIDDEN.matcher(normalized).find();
		}

	}

}
