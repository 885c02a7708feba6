package se.qms.core.compliance;

import java.time.LocalDate;

/**
 * A compiled {@link ComplianceRule}: it prepares what one evaluation of one system needs, names
 * the objects it checks by position, and checks one object at a time.
 *
 * <p>A full evaluation checks positions {@code 0 … size − 1}; an incremental one checks only the
 * position of the changed object ({@link #indexOf}), so both give the same findings for it as
 * long as {@link #check} depends only on the object and the prepared state. The findings of one
 * object must not depend on the order of the system's records. Implementations are immutable and
 * thread-safe; the state they prepare is confined to one evaluation.
 *
 * @param <S> the state prepared for one evaluation
 */
public interface RuleCheck<S> {
  /**
   * Prepares one evaluation.
   *
   * @param system not null
   * @param asOf the day of the evaluation; not null
   */
  S prepare(QualitySystem system, LocalDate asOf);

  /** How many objects the rule checks; 0 makes the rule not applicable to the system. */
  int size(S state);

  /**
   * The position of the object a path names (e.g. {@code complaints/K-17}), or -1 when the rule
   * does not check that object.
   */
  int indexOf(S state, String subject);

  /** Checks the object at a position and reports what it finds to the sink. */
  void check(S state, int index, FindingSink sink);
}
