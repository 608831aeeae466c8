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
 * The reading of a name in kana (furigana), typed in hiragana or katakana, half-width
 * katakana included; it is kept in hiragana ({@link JapaneseText#furigana(String)}). An
 * empty value is left to {@code @NotBlank} where the reading is required.
 */
@Documented
@Constraint(validatedBy = Furigana.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface Furigana {

	String message() default "{validation.furigana}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<Furigana, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			Optional<UnusableCharacter> unusable = UnusableCharacter.firstIn(value);
			if (unusable.isPresent()) {
				return PlainText.Validator.refuse(unusable, context);
			}
			String normalized = JapaneseText.normalize(value);
			return normalized == null || normalized.isEmpty()
					|| normalized.matches("[\\p{IsHiragana}\\p{IsKatakana}ー・ 　]+");
		}

	}

}
