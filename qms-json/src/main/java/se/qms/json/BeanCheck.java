package se.qms.json;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import se.qms.core.QmsErrorCode;
import se.qms.core.QmsException;

/**
 * Runs an application's Bean Validation constraints on each value read and records every
 * violation as an error at the value's pointer plus the violated property's path. Types without
 * constraints are remembered and skipped. A validator that cannot apply its constraints (a
 * constraint on a type it has no validator for) is a programming error, thrown as a {@link
 * QmsException}. Thread-safe: one instance serves every read of a {@link QmsJson}.
 */
final class BeanCheck {
  private final Validator validator;
  private final ConcurrentHashMap<Class<?>, Boolean> constrained = new ConcurrentHashMap<>();

  BeanCheck(Validator validator) {
    this.validator = validator;
  }

  /** Validates {@code value}, read at {@code pointer}; its violations go to {@code errors}, in path order. */
  void check(Object value, String pointer, Errors errors) {
    if (!constrained.computeIfAbsent(value.getClass(), t -> validator.getConstraintsForClass(t).isBeanConstrained())) {
      return;
    }
    Set<ConstraintViolation<Object>> found;
    try {
      found = validator.validate(value);
    } catch (ValidationException e) {
      throw new QmsException(
          QmsErrorCode.JSON_BEAN_CONSTRAINT_VIOLATED,
          "the application's Bean Validation constraints cannot be applied to "
              + value.getClass().getSimpleName()
              + ": "
              + e.getMessage(),
          e);
    }
    if (found.isEmpty()) {
      return;
    }
    List<ConstraintViolation<Object>> ordered = new ArrayList<>(found);
    ordered.sort(
        Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
            .thenComparing(ConstraintViolation::getMessage));
    for (ConstraintViolation<Object> v : ordered) {
      errors.add(
          pointer + pointerOf(v.getPropertyPath()),
          QmsErrorCode.JSON_BEAN_CONSTRAINT_VIOLATED,
          v.getMessage(),
          shown(v.getInvalidValue()));
    }
  }

  /**
   * A property path as pointer segments: {@code routines[2].title} → {@code /routines/2/title}. An
   * element's index belongs to the container before it; container-element nodes add only the index.
   */
  static String pointerOf(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (at != null) {
          out.append('/').append(Errors.escape(String.valueOf(at)));
        }
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        out.append('/').append(Errors.escape(name));
      }
    }
    return out.toString();
  }

  /** Simple values as text; a whole model object (a class-level constraint) has no rejected value. */
  private static String shown(Object value) {
    if (value instanceof CharSequence
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof Enum
        || value instanceof TemporalAccessor
        || value instanceof se.qms.core.measure.Period
        || value instanceof se.qms.core.process.ProcessNumber) {
      return String.valueOf(value);
    }
    if (value instanceof java.util.OptionalDouble) {
      java.util.OptionalDouble d = (java.util.OptionalDouble) value;
      return d.isPresent() ? String.valueOf(d.getAsDouble()) : null;
    }
    if (value instanceof java.util.Optional) {
      return ((java.util.Optional<?>) value).map(BeanCheck::shown).orElse(null);
    }
    return null;
  }
}
