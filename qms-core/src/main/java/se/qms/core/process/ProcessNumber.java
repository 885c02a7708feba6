package se.qms.core.process;

import java.util.Arrays;
import java.util.Optional;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * A hierarchical process number such as {@code 2.1.2.3.5} (chapter 2, category 1, purpose group
 * 2, area 3, process 5 in seed 000).
 *
 * <p>Invariants: 1 to {@value #MAX_DEPTH} segments, each in [1, {@value #MAX_SEGMENT}]. The
 * canonical text form has no leading zeros, so {@code parse(n.toString()).equals(n)}. Ordering is
 * segment by segment with a number before its descendants, which is depth-first order: {@code 2.1
 * < 2.1.1 < 2.1.1.1 < 2.1.2 < 2.2}. Immutable and thread-safe.
 */
public final class ProcessNumber implements Comparable<ProcessNumber> {
  /** The deepest number allowed. */
  public static final int MAX_DEPTH = 16;
  /** The largest segment allowed. */
  public static final int MAX_SEGMENT = 99_999;

  private static final int MAX_TEXT_LENGTH = MAX_DEPTH * 6;
  private static final String FORM = "positive integers without leading zeros separated by dots, e.g. 2.1.2.3.5";

  private final int[] segments;

  private ProcessNumber(int[] segments) {
    this.segments = segments;
  }

  /**
   * A number from its segments.
   *
   * @param segments 1 to 16 segments, each in [1, 99 999]
   * @throws InvalidValueException when a segment or the depth is out of range
   */
  public static ProcessNumber of(int... segments) {
    Checks.present(segments, "segments");
    Checks.inRange(segments.length, 1, MAX_DEPTH, "depth", QmsErrorCode.PROCESS_NUMBER_MALFORMED);
    for (int s : segments) {
      Checks.inRange(s, 1, MAX_SEGMENT, "segment", QmsErrorCode.PROCESS_NUMBER_MALFORMED);
    }
    return new ProcessNumber(segments.clone());
  }

  /**
   * Reads the canonical text form.
   *
   * @param text e.g. {@code "2.1.2.3.5"}; not null
   * @throws InvalidValueException with {@link QmsErrorCode#PROCESS_NUMBER_MALFORMED} when the text
   *     is not in canonical form or out of range
   */
  public static ProcessNumber parse(CharSequence text) {
    Checks.present(text, "processNumber");
    int length = text.length();
    if (length == 0 || length > MAX_TEXT_LENGTH) {
      throw malformed(text);
    }
    int[] buffer = new int[MAX_DEPTH];
    int depth = 0;
    int value = 0;
    int digits = 0;
    for (int i = 0; i <= length; i++) {
      char c = i < length ? text.charAt(i) : '.';
      if (c >= '0' && c <= '9') {
        if (digits == 0 && c == '0') {
          throw malformed(text);
        }
        value = value * 10 + (c - '0');
        digits++;
        if (value > MAX_SEGMENT) {
          throw malformed(text);
        }
      } else if (c == '.' && digits > 0 && depth < MAX_DEPTH) {
        buffer[depth++] = value;
        value = 0;
        digits = 0;
      } else {
        throw malformed(text);
      }
    }
    return new ProcessNumber(Arrays.copyOf(buffer, depth));
  }

  private static InvalidValueException malformed(CharSequence text) {
    return InvalidValueException.malformed(
        QmsErrorCode.PROCESS_NUMBER_MALFORMED, "processNumber", text, FORM);
  }

  /** The number of segments, at least 1. */
  public int depth() {
    return segments.length;
  }

  /**
   * One segment.
   *
   * @param index 0-based, below {@link #depth()}
   */
  public int segment(int index) {
    Checks.inRange(index, 0, segments.length - 1, "index");
    return segments[index];
  }

  /** The last segment: the node's position among its siblings. */
  public int last() {
    return segments[segments.length - 1];
  }

  /** The number without its last segment; empty at depth 1. */
  public Optional<ProcessNumber> parent() {
    return segments.length == 1
        ? Optional.empty()
        : Optional.of(new ProcessNumber(Arrays.copyOf(segments, segments.length - 1)));
  }

  /**
   * The number of this number's {@code position}-th child.
   *
   * @throws InvalidValueException when the child would be out of range
   */
  public ProcessNumber child(int position) {
    Checks.inRange(segments.length + 1, 1, MAX_DEPTH, "depth", QmsErrorCode.PROCESS_NUMBER_MALFORMED);
    Checks.inRange(position, 1, MAX_SEGMENT, "position", QmsErrorCode.PROCESS_NUMBER_MALFORMED);
    int[] child = Arrays.copyOf(segments, segments.length + 1);
    child[segments.length] = position;
    return new ProcessNumber(child);
  }

  /** Whether {@code other} lies strictly below this number. */
  public boolean isAncestorOf(ProcessNumber other) {
    Checks.present(other, "other");
    if (other.segments.length <= segments.length) {
      return false;
    }
    return Arrays.equals(segments, 0, segments.length, other.segments, 0, segments.length);
  }

  /** Whether this number equals {@code other} or lies below it. */
  public boolean isWithin(ProcessNumber other) {
    return equals(other) || other.isAncestorOf(this);
  }

  @Override
  public int compareTo(ProcessNumber other) {
    return Arrays.compare(segments, other.segments);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProcessNumber
        && Arrays.equals(segments, ((ProcessNumber) other).segments);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(segments);
  }

  /** The canonical text form, e.g. {@code 2.1.2.3.5}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(segments.length * 3);
    for (int i = 0; i < segments.length; i++) {
      if (i > 0) {
        out.append('.');
      }
      out.append(segments[i]);
    }
    return out.toString();
  }
}
