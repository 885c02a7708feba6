package se.qms.core.process;

import java.util.ArrayList;
import java.util.List;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * The ten levels of SIQ's ProcessIndex with the organisation's own descriptor for each.
 *
 * <p>SIQ owns the level definitions and they are not reproduced here: the default descriptors are
 * "Nivå 1" … "Nivå 10", and an organisation licensed to use SIQ's texts supplies them with {@link
 * #of(List)}. Invariant: exactly ten non-blank descriptors. Immutable and thread-safe.
 */
public final class ProcessIndexScale {
  /** The lowest level. */
  public static final int LOWEST = 1;
  /** The highest level. */
  public static final int HIGHEST = 10;

  private static final ProcessIndexScale DEFAULT = new ProcessIndexScale(defaultDescriptors());

  private final List<String> descriptors;

  private ProcessIndexScale(List<String> descriptors) {
    this.descriptors = descriptors;
  }

  private static List<String> defaultDescriptors() {
    List<String> names = new ArrayList<>();
    for (int level = LOWEST; level <= HIGHEST; level++) {
      names.add("Nivå " + level);
    }
    return List.copyOf(names);
  }

  /** The scale with descriptors "Nivå 1" … "Nivå 10". */
  public static ProcessIndexScale defaultScale() {
    return DEFAULT;
  }

  /**
   * A scale with the organisation's descriptors.
   *
   * @param descriptors exactly ten non-blank texts, for levels 1 to 10 in order
   */
  public static ProcessIndexScale of(List<String> descriptors) {
    Checks.present(descriptors, "descriptors");
    if (descriptors.size() != HIGHEST) {
      throw InvalidValueException.outOfRange(
          QmsErrorCode.PROCESS_INDEX_LEVEL_OUT_OF_SCALE,
          "descriptors.size",
          descriptors.size(),
          HIGHEST,
          HIGHEST);
    }
    for (int i = 0; i < descriptors.size(); i++) {
      Checks.text(descriptors.get(i), 500, "descriptors[" + i + "]");
    }
    return new ProcessIndexScale(List.copyOf(descriptors));
  }

  /** The descriptors for levels 1 to 10. */
  public List<String> descriptors() {
    return descriptors;
  }

  /**
   * The descriptor of one level.
   *
   * @param level 1–10
   */
  public String descriptor(int level) {
    Checks.inRange(level, LOWEST, HIGHEST, "level", QmsErrorCode.PROCESS_INDEX_LEVEL_OUT_OF_SCALE);
    return descriptors.get(level - 1);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProcessIndexScale
        && ((ProcessIndexScale) other).descriptors.equals(descriptors);
  }

  @Override
  public int hashCode() {
    return descriptors.hashCode();
  }

  @Override
  public String toString() {
    return "ProcessIndexScale" + descriptors;
  }
}
