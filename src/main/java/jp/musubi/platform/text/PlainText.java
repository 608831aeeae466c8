package jp.musubi.platform.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Free text as people write it: anything but the characters that cannot be shown honestly
 * ({@link UnusableCharacter}), which the message names. Markup, {@code 5 > 3} and
 * {@code javascript:} are text: everything that shows text escapes it.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	String message() default "{validation.plainText}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PlainText, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return refuse(UnusableCharacter.firstIn(value), context);
		}

		/**
		 * Whether nothing was found; otherwise the violation names the character found.
		 */
		static boolean refuse(Optional<UnusableCharacter> unusable, ConstraintValidatorContext context) {
			if (unusable.isEmpty()) {
				return true;
			}
			if (context != null) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{" + unusable.get().messageKey() + "}")
					.addConstraintViolation();
			}
			return false;
		}

	}

}
