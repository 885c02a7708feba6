package se.qms.core.improvement;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.internal.Checks;
import se.qms.core.organisation.PersonRef;

/**
 * The evaluation of an action's effect once it is carried out (SOSFS 2011:9 5 kap. 7 §: take
 * measures, follow them up and evaluate their effect).
 *
 * <p>Invariants: a summary, when present, is non-blank (at most 2 000 characters) without personal
 * identity numbers. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EffectEvaluation {
  EffectEvaluation() {}

  /** The day of the evaluation. */
  public abstract LocalDate date();

  /** Whether the intended effect was achieved. */
  public abstract Effect effect();

  /** What was found, e.g. "Inga nya avvikelser av samma slag under tertial 2". */
  public abstract Optional<String> summary();

  /** Who evaluated. */
  public abstract Optional<PersonRef> evaluator();

  /** An evaluation without summary or evaluator. */
  public static EffectEvaluation of(LocalDate date, Effect effect) {
    return builder().date(date).effect(effect).build();
  }

  /** A strict builder; date and effect are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds evaluations. */
  public static final class Builder extends ImmutableEffectEvaluation.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    summary()
        .ifPresent(
            s -> Checks.noPersonalIdentityNumber(Checks.text(s, 2_000, "summary"), "summary"));
  }
}
