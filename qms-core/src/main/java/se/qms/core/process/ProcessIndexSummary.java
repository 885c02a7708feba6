package se.qms.core.process;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The ProcessIndex levels of the processes in one part of a map ("Nivå på SIQs ProcessIndex
 * (medelvärde)", seed 000 §2.1.2.2.4).
 *
 * <p>Only assessed processes count: a process never assessed is missing data, not level 0, so the
 * mean, minimum and maximum are empty when none is assessed, and otherwise {@code min <= mean <=
 * max}. Immutable and thread-safe.
 */
public final class ProcessIndexSummary {
  private final ProcessNumber scope;
  private final int processCount;
  private final int assessedCount;
  private final long levelSum;
  private final int min;
  private final int max;

  ProcessIndexSummary(
      ProcessNumber scope, int processCount, int assessedCount, long levelSum, int min, int max) {
    this.scope = scope;
    this.processCount = processCount;
    this.assessedCount = assessedCount;
    this.levelSum = levelSum;
    this.min = min;
    this.max = max;
  }

  /** The node whose processes are summarised. */
  public ProcessNumber scope() {
    return scope;
  }

  /** The processes and sub-processes in scope. */
  public int processCount() {
    return processCount;
  }

  /** Of those, the ones with a ProcessIndex level. */
  public int assessedCount() {
    return assessedCount;
  }

  /** The mean level of the assessed processes; empty when none is assessed. */
  public OptionalDouble mean() {
    return assessedCount == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) levelSum / assessedCount);
  }

  /** The lowest assessed level; empty when none is assessed. */
  public OptionalInt min() {
    return assessedCount == 0 ? OptionalInt.empty() : OptionalInt.of(min);
  }

  /** The highest assessed level; empty when none is assessed. */
  public OptionalInt max() {
    return assessedCount == 0 ? OptionalInt.empty() : OptionalInt.of(max);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ProcessIndexSummary)) {
      return false;
    }
    ProcessIndexSummary o = (ProcessIndexSummary) other;
    return scope.equals(o.scope)
        && processCount == o.processCount
        && assessedCount == o.assessedCount
        && levelSum == o.levelSum
        && min().equals(o.min())
        && max().equals(o.max());
  }

  @Override
  public int hashCode() {
    return scope.hashCode() * 31 + Long.hashCode(levelSum * 31 + assessedCount);
  }

  @Override
  public String toString() {
    return "ProcessIndexSummary{scope="
        + scope
        + ", assessed="
        + assessedCount
        + "/"
        + processCount
        + ", mean="
        + mean()
        + "}";
  }
}
