package org.gongshi.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/** A date of something that has happened: 1949-10-01 to today (see {@link DatePolicy}). */
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PastEvent.Validator.class)
public @interface PastEvent {
  String message() default "日期应在 1949-10-01 至今天之间";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<PastEvent, LocalDate> {
    @Override
    public boolean isValid(LocalDate day, ConstraintValidatorContext context) {
      String problem = DatePolicy.pastProblem(day, DatePolicy.today());
      if (problem == null) return true;
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(DatePolicy.literal(problem))
          .addConstraintViolation();
      return false;
    }
  }
}
