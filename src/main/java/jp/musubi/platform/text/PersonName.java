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
 * A person's family or given name in any script: letters, combining marks (variation
 * selectors for a kanji's exact form included), spaces, and the few marks that real names
 * carry (・ - ' .). A character that cannot be shown is named in the message; anything
 * else, digits and brackets among them, is not part of a name.
 */
@Documented
@Constraint(validatedBy = PersonName.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonName {

	String message() default "{validation.personName}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PersonName, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			Optional<UnusableCharacter> unusable = UnusableCharacter.firstIn(value);
			if (unusable.isPresent()) {
				return PlainText.Validator.refuse(unusable, context);
			}
			String normalized = JapaneseText.normalize(value);
			return normalized == null || normalized.isEmpty() || normalized.matches("[\\p{L}\\p{M}ー々〆・'’. \\-]+");
		}

	}

}
