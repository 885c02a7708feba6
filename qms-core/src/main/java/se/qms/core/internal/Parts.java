package se.qms.core.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

/** The typed parts of an aggregate: at most one of each class, found by class. */
public final class Parts {
  private Parts() {}

  /** The part of the given class in {@code parts}, if there is one. */
  public static <P, T extends P> Optional<T> find(List<P> parts, Class<T> type) {
    for (P p : parts) {
      if (type.isInstance(p)) {
        return Optional.of(type.cast(p));
      }
    }
    return Optional.empty();
  }

  /** Fails with {@link QmsErrorCode#DUPLICATE_ID} when two parts have the same class. */
  public static void requireOnePerClass(List<?> parts) {
    Set<Class<?>> types = new HashSet<>();
    for (Object p : parts) {
      if (!types.add(p.getClass())) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID,
            "parts",
            p.getClass().getSimpleName(),
            "must hold at most one part of each class");
      }
    }
  }
}
