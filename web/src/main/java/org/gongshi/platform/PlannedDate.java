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

/**
 * A date that may lie ahead (a deadline, a start date): 1949-10-01 to today plus the configured
 * margin (see {@link DatePolicy}).
 */
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlannedDate.Validator.class)
public @interface PlannedDate {
  String message() default "日期超出允许的范围";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<PlannedDate, LocalDate> {
    @Override
    public boolean isValid(LocalDate day, ConstraintValidatorContext context) {
      String problem = DatePolicy.plannedProblem(day, DatePolicy.today(), DatePolicy.marginDays());
      if (problem == null) return true;
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(DatePolicy.literal(problem))
          .addConstraintViolation();
      return false;
    }
  }
}
