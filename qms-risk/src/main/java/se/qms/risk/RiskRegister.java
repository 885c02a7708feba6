package se.qms.risk;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.compliance.QualitySystemPart;

/**
 * The risks of one organisation (riskregister, SOSFS 2011:9 5 kap. 1 §), as a part of its quality
 * system.
 *
 * <p>Invariant: risk ids are unique ({@link QmsErrorCode#DUPLICATE_ID}). Risks keep the order
 * given. Immutable and thread-safe.
 */
public final class RiskRegister implements QualitySystemPart {
  private static final RiskRegister EMPTY = new RiskRegister(List.of());

  private final List<Risk> risks;

  private RiskRegister(List<Risk> risks) {
    this.risks = risks;
  }

  /** A register without risks. */
  public static RiskRegister empty() {
    return EMPTY;
  }

  /**
   * A register of these risks.
   *
   * @param risks with unique ids; not null, no null elements
   */
  public static RiskRegister of(List<Risk> risks) {
    List<Risk> copy = List.copyOf(risks);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < copy.size(); i++) {
      if (!ids.add(copy.get(i).id())) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID, "risks[" + i + "].id", copy.get(i).id(), "must be unique");
      }
    }
    return new RiskRegister(copy);
  }

  /** The risks, in the order given. */
  public List<Risk> risks() {
    return risks;
  }

  /** The risk with this id. */
  public Optional<Risk> risk(String id) {
    return risks.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RiskRegister && ((RiskRegister) other).risks.equals(risks);
  }

  @Override
  public int hashCode() {
    return risks.hashCode();
  }

  @Override
  public String toString() {
    return "RiskRegister{" + risks.size() + " risks}";
  }
}
