package se.qms.core.lexsarah;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.compliance.RuleSetPart;
import se.qms.core.deadline.TimeLimit;
import se.qms.core.internal.Checks;

/**
 * A municipality's time limits for the handling of lex Sarah reports, as a part of its rule set:
 * at most one {@link LexSarahStepLimit} per {@link LexSarahStep}; a step without a limit is not
 * judged.
 *
 * <p>The law speaks of "genast", "utan dröjsmål" and "snarast"; municipalities set days. {@link
 * #defaults()}: one working day from the report to its registration, five working days from the
 * registration to the start of the investigation (SoL 14 kap. 6 §; seed 000 §4.3.2.1 criticises a
 * report registered "drygt fem veckor senare"), and fourteen calendar days from a serious
 * assessment to the notification to IVO (SoL 14 kap. 7 §). Invariant: steps are unique ({@link
 * QmsErrorCode#DUPLICATE_ID}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LexSarahTimelinessPolicy implements RuleSetPart {
  private static final LexSarahTimelinessPolicy DEFAULTS =
      of(
          List.of(
              LexSarahStepLimit.of(LexSarahStep.REGISTRATION, TimeLimit.workingDays(1)),
              LexSarahStepLimit.of(LexSarahStep.INVESTIGATION_START, TimeLimit.workingDays(5)),
              LexSarahStepLimit.of(LexSarahStep.NOTIFICATION, TimeLimit.days(14))));

  LexSarahTimelinessPolicy() {}

  /** The limits, in the order given. */
  @Value.Parameter
  public abstract List<LexSarahStepLimit> limits();

  /** One working day to registration, five to the investigation, fourteen days to notification. */
  public static LexSarahTimelinessPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * A policy of these limits.
   *
   * @param limits at most one per step; not null
   */
  public static LexSarahTimelinessPolicy of(List<LexSarahStepLimit> limits) {
    return ImmutableLexSarahTimelinessPolicy.of(Checks.present(limits, "limits"));
  }

  /** The limit of a step, if the policy sets one. */
  public Optional<LexSarahStepLimit> limit(LexSarahStep step) {
    Checks.present(step, "step");
    return limits().stream().filter(l -> l.step() == step).findFirst();
  }

  /** A copy with {@code limit} replacing any limit of its step. */
  public LexSarahTimelinessPolicy with(LexSarahStepLimit limit) {
    Checks.present(limit, "limit");
    List<LexSarahStepLimit> all = new java.util.ArrayList<>();
    boolean replaced = false;
    for (LexSarahStepLimit l : limits()) {
      if (l.step() == limit.step()) {
        all.add(limit);
        replaced = true;
      } else {
        all.add(l);
      }
    }
    if (!replaced) {
      all.add(limit);
    }
    return of(all);
  }

  @Value.Check
  final void check() {
    Set<LexSarahStep> seen = EnumSet.noneOf(LexSarahStep.class);
    for (int i = 0; i < limits().size(); i++) {
      if (!seen.add(limits().get(i).step())) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID,
            "limits[" + i + "].step",
            limits().get(i).step(),
            "must be unique");
      }
    }
  }
}
