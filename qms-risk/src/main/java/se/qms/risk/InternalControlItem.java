package se.qms.risk;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.process.ProcessNumber;
import se.qms.risk.internal.Require;

/**
 * One row of an internal control plan (internkontrollplan, seed 004 §6.7): a risk against a main
 * process, rated by probability × consequence, the control points that check it and its follow-up
 * each tertial.
 *
 * <p>Invariants: risk id and description non-blank; probability and consequence in [1, {@value
 * RiskScale#MAX_STEPS}] ({@link QmsErrorCode#RISK_RATING_OUT_OF_SCALE}; whether they fit the scales
 * in use is checked when scored); at least one control point; at most one follow-up per tertial
 * ({@link QmsErrorCode#INTERNAL_CONTROL_FOLLOW_UP_DUPLICATE}), in tertial order. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class InternalControlItem {
  InternalControlItem() {}

  /** The id of the risk, e.g. "IK-3"; unique in its plan. */
  public abstract String riskId();

  /** The risk, e.g. "Beslut verkställs inte inom tre månader". */
  public abstract String description();

  /** The main process (huvudprocess) the risk threatens. */
  public abstract ProcessNumber mainProcess();

  /** The probability (sannolikhet) step. */
  public abstract int probability();

  /** The consequence (konsekvens) step: the severity axis. */
  public abstract int consequence();

  /** The control points; at least one. */
  public abstract List<ControlPoint> controlPoints();

  /** The follow-ups made so far, in tertial order. */
  public abstract List<TertialFollowUp> followUps();

  /** A strict builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds items. */
  public static final class Builder extends ImmutableInternalControlItem.Builder {
    Builder() {}
  }

  /** The risk value: probability × consequence. */
  public int value() {
    return probability() * consequence();
  }

  /** The follow-up of a tertial, if made. */
  public Optional<TertialFollowUp> followUp(Tertial tertial) {
    Require.present(tertial, "tertial");
    return followUps().stream().filter(f -> f.tertial() == tertial).findFirst();
  }

  /** Copy with one more follow-up; the tertial must be later than those already followed up. */
  public InternalControlItem plusFollowUp(TertialFollowUp followUp) {
    Builder b = builder();
    b.riskId(riskId()).description(description()).mainProcess(mainProcess());
    b.probability(probability()).consequence(consequence()).addAllControlPoints(controlPoints());
    return b.addAllFollowUps(followUps()).addFollowUps(followUp).build();
  }

  @Value.Check
  final void check() {
    Require.text(riskId(), 100, "riskId");
    Require.text(description(), 2_000, "description");
    Require.inRange(
        probability(), 1, RiskScale.MAX_STEPS, "probability", QmsErrorCode.RISK_RATING_OUT_OF_SCALE);
    Require.inRange(
        consequence(), 1, RiskScale.MAX_STEPS, "consequence", QmsErrorCode.RISK_RATING_OUT_OF_SCALE);
    if (controlPoints().isEmpty()) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_MISSING, "controlPoints", "[]", "must hold at least one control point");
    }
    for (int i = 1; i < followUps().size(); i++) {
      Tertial previous = followUps().get(i - 1).tertial();
      Tertial tertial = followUps().get(i).tertial();
      if (tertial.compareTo(previous) <= 0) {
        throw InvalidValueException.violates(
            tertial == previous
                ? QmsErrorCode.INTERNAL_CONTROL_FOLLOW_UP_DUPLICATE
                : QmsErrorCode.INCONSISTENT_VALUE,
            "followUps[" + i + "].tertial",
            tertial,
            "must come after " + previous);
      }
    }
  }
}
