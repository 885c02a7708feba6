package se.qms.risk;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The past-tense event of an event analysis: a step was completed on a day. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class StepCompleted {
  StepCompleted() {}

  /** The step completed. */
  @Value.Parameter
  public abstract EventAnalysisStep step();

  /** The day it was completed. */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Creates an event.
   *
   * @param step not null
   * @param date not null
   */
  public static StepCompleted of(EventAnalysisStep step, LocalDate date) {
    return ImmutableStepCompleted.of(step, date);
  }

  @Override
  public String toString() {
    return step() + "@" + date();
  }
}
