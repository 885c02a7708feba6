package se.qms.core.process;

import java.time.LocalDate;
import org.immutables.value.Value;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;
import se.qms.core.organisation.PersonRef;

/**
 * One assessment of a process on SIQ's ProcessIndex: the level reached, when, and by whom.
 *
 * <p>Invariant: the level is in [1, 10] ({@link QmsErrorCode#PROCESS_INDEX_LEVEL_OUT_OF_SCALE}).
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProcessIndexAssessment {
  ProcessIndexAssessment() {}

  /** The assessed level, 1–10. */
  @Value.Parameter
  public abstract int level();

  /** The date of the assessment. */
  @Value.Parameter
  public abstract LocalDate date();

  /** Who assessed. */
  @Value.Parameter
  public abstract PersonRef assessor();

  /**
   * Creates an assessment.
   *
   * @param level 1–10
   * @param date not null
   * @param assessor not null
   */
  public static ProcessIndexAssessment of(int level, LocalDate date, PersonRef assessor) {
    return ImmutableProcessIndexAssessment.of(level, date, assessor);
  }

  @Value.Check
  final void check() {
    Checks.inRange(
        level(),
        ProcessIndexScale.LOWEST,
        ProcessIndexScale.HIGHEST,
        "level",
        QmsErrorCode.PROCESS_INDEX_LEVEL_OUT_OF_SCALE);
  }
}
