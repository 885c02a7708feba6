package se.qms.core.lexsarah;

import org.immutables.value.Value;
import se.qms.core.deadline.DeadlineRule;
import se.qms.core.deadline.TimeLimit;
import se.qms.core.internal.Checks;

/**
 * A municipality's time limit for one {@link LexSarahStep}: the deadline rule (an amount of days,
 * working days, weeks or months, and whether a due date on a non-working day moves to the next
 * working day) and the basis its findings cite — by default the step's provision; keep it as data,
 * since paragraph numbers move with new legislation (socialtjänstlag 2025:400).
 *
 * <p>Invariant: the basis is non-blank, at most 500 characters. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LexSarahStepLimit {
  LexSarahStepLimit() {}

  /** The step limited. */
  public abstract LexSarahStep step();

  /** The deadline rule, counted from the step's start. */
  public abstract DeadlineRule rule();

  /** What a finding rests on; default {@link LexSarahStep#defaultBasis()}. */
  @Value.Default
  public String basis() {
    return step().defaultBasis();
  }

  /** A limit with the standard calendar, no move off non-working days, and the default basis. */
  public static LexSarahStepLimit of(LexSarahStep step, TimeLimit limit) {
    return builder().step(step).rule(DeadlineRule.of(Checks.present(limit, "limit"))).build();
  }

  /** A strict builder; step and rule are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds limits. */
  public static final class Builder extends ImmutableLexSarahStepLimit.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.text(basis(), 500, "basis");
  }
}
