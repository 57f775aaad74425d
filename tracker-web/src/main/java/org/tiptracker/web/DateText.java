package org.tiptracker.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.tiptracker.arabic.DateEntry;

/**
 * A form's text field that must name a date as a date field takes it ({@link DateEntry}:
 * {@code 30/05/2016}, {@code ٣٠/٠٥/٢٠١٦}, {@code 2016-05-30}). Blank passes: {@code @NotBlank} says
 * when a date is required.
 */
@Documented
@Constraint(validatedBy = DateText.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface DateText {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reads the text with {@link DateEntry#parse}. */
    class Validator implements ConstraintValidator<DateText, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return DateEntry.isBlank(value) || DateEntry.parse(value).isPresent();
        }
    }
}
