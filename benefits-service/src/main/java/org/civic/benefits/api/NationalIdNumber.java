package org.civic.benefits.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * An 18-character resident identity number (GB 11643-1999): 6-digit region, birth date, 3-digit sequence
 * and the ISO 7064 MOD 11-2 check character. The message never repeats the value.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NationalIdNumber.Validator.class)
public @interface NationalIdNumber {

    int LENGTH = 18;

    String message() default "must be an 18-character resident ID number with a valid birth date and check character";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NationalIdNumber, String> {

        private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        private static final String CHECK_CHARACTERS = "10X98765432";
        private static final DateTimeFormatter BIRTH_DATE =
                DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || valid(value);
        }

        public static boolean valid(String value) {
            String id = value.strip().toUpperCase();
            if (!id.matches("^[0-9]{" + (LENGTH - 1) + "}[0-9X]$")) {
                return false;
            }
            try {
                LocalDate.parse(id.substring(6, 14), BIRTH_DATE);
            } catch (DateTimeParseException e) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < LENGTH - 1; i++) {
                sum += (id.charAt(i) - '0') * WEIGHTS[i];
            }
            return id.charAt(17) == CHECK_CHARACTERS.charAt(sum % 11);
        }
    }
}
