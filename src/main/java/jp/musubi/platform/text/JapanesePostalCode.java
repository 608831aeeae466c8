package jp.musubi.platform.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text that {@link PostalCode#parse(String)} accepts. An empty value is allowed; add
 * {@code @NotBlank} where the postal code is required.
 */
@Documented
@Constraint(validatedBy = JapanesePostalCode.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface JapanesePostalCode {

	String message() default "{validation.postalCode}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<JapanesePostalCode, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return JapaneseText.normalizeToNull(value) == null || PostalCode.parse(value).isPresent();
		}

	}

}
