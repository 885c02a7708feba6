package se.qms.core.unexecuted;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.compliance.QualitySystemPart;

/**
 * A quality system's register of favourable decisions and of the quarterly reports submitted on
 * those not carried out: its part of a {@link se.qms.core.compliance.QualitySystem}.
 *
 * <p>Invariants: decision ids are unique; at most one report per quarter, law and recipient
 * ({@link QmsErrorCode#DUPLICATE_ID}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnexecutedDecisionRegister implements QualitySystemPart {
  UnexecutedDecisionRegister() {}

  /** The decisions, in register order. */
  @Value.Parameter
  public abstract List<FavourableDecision> decisions();

  /** The quarterly reports submitted, in register order. */
  @Value.Parameter
  public abstract List<SubmittedReport> reports();

  /**
   * A register.
   *
   * @param decisions unique ids
   * @param reports one per quarter, law and recipient
   */
  public static UnexecutedDecisionRegister of(
      List<FavourableDecision> decisions, List<SubmittedReport> reports) {
    return ImmutableUnexecutedDecisionRegister.of(decisions, reports);
  }

  /**
   * Checks that every decision's insats is in the policy's catalogue.
   *
   * @throws InvalidValueException with {@link QmsErrorCode#INSATS_UNKNOWN} naming the first that
   *     is not
   */
  public UnexecutedDecisionRegister check(UnexecutedDecisionPolicy policy) {
    for (int i = 0; i < decisions().size(); i++) {
      policy.catalogue().require(decisions().get(i).insats(), "decisions[" + i + "].insats");
    }
    return this;
  }

  @Value.Check
  final void check() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < decisions().size(); i++) {
      if (!ids.add(decisions().get(i).id())) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID,
            "decisions[" + i + "].id",
            decisions().get(i).id(),
            "must be unique");
      }
    }
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < reports().size(); i++) {
      SubmittedReport r = reports().get(i);
      if (!keys.add(r.quarter() + "/" + r.law() + "/" + r.recipient())) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID,
            "reports[" + i + "]",
            r.quarter() + " " + r.law() + " " + r.recipient(),
            "must be the only report for its quarter, law and recipient");
      }
    }
  }
}
