package se.qms.examples.vendor;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.improvement.Complaint;
import se.qms.core.improvement.ImprovementAction;
import se.qms.core.lexsarah.LexSarahCase;
import se.qms.core.lexsarah.LexSarahRegister;
import se.qms.core.organisation.Organisation;
import se.qms.core.organisation.PersonRef;
import se.qms.core.unexecuted.FavourableDecision;
import se.qms.core.unexecuted.UnexecutedDecisionPolicy;
import se.qms.core.unexecuted.UnexecutedDecisionRegister;

/**
 * Reads the whole case-management database into one {@link QualitySystem}, table by table, with
 * one small mapper per table: units, then staff, then the cases that refer to them. Plain JDBC and
 * prepared statements; a bad row is a {@link RowException}, a failing database a {@code
 * QmsException} with {@link QmsErrorCode#DATABASE_FAILURE}.
 *
 * <p>Besides the system it returns the unit each object belongs to, by the object's path as the
 * compliance engine names it ({@code complaints/K-1}, {@code lexSarahCases/LS-1}, …), so that
 * findings can be shown per unit. Stateless and thread-safe; the connection is the caller's.
 */
public final class CaseSystemReader {
  private final String name;
  private final UnexecutedDecisionPolicy policy;

  private CaseSystemReader(String name, UnexecutedDecisionPolicy policy) {
    this.name = name;
    this.policy = policy;
  }

  /**
   * A reader.
   *
   * @param name the organisation's name for the system; not blank
   * @param policy whose insats catalogue decides which insats codes are known; not null
   */
  public static CaseSystemReader of(String name, UnexecutedDecisionPolicy policy) {
    return new CaseSystemReader(
        java.util.Objects.requireNonNull(name, "name"), java.util.Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Maps every table.
   *
   * @param c an open connection; not null
   * @return the system and the units of its objects
   * @throws RowException for a row the model does not accept
   */
  public MappedSystem read(Connection c) {
    Organisation organisation = UnitMapper.read(c);
    Map<String, PersonRef> staff = StaffMapper.read(c, organisation);
    Refs refs = new Refs(organisation, staff);
    List<Complaint> complaints = ComplaintMapper.read(c, refs);
    List<ImprovementAction> actions = ActionMapper.read(c, refs);
    var deviations = DeviationMapper.read(c, refs, ActionMapper.byDeviation(actions));
    LexSarahRegister lexSarah = LexSarahMapper.read(c, refs);
    List<DecisionMapper.Mapped> decisions = DecisionMapper.read(c, refs, policy.catalogue());
    List<FavourableDecision> favourable = new ArrayList<>();
    decisions.forEach(d -> favourable.add(d.decision()));

    Map<String, String> units = new HashMap<>();
    complaints.forEach(k -> k.unitId().ifPresent(u -> units.put("complaints/" + k.id(), u)));
    actions.forEach(a -> a.unitId().ifPresent(u -> units.put("actions/" + a.id(), u)));
    for (LexSarahCase s : lexSarah.cases()) {
      units.put("lexSarahCases/" + s.id(), s.unitId().orElse(s.committeeId()));
    }
    decisions.forEach(d -> d.unitId().ifPresent(u -> units.put("unexecutedDecisions/" + d.decision().id(), u)));
    try {
      QualitySystem system =
          QualitySystem.builder()
              .name(name)
              .organisation(organisation)
              .addAllComplaints(complaints)
              .addAllDeviations(deviations)
              .addAllActions(actions)
              .addParts(lexSarah)
              .addParts(UnexecutedDecisionRegister.of(favourable, DecisionReportMapper.read(c)).check(policy))
              .build();
      return new MappedSystem(system, units);
    } catch (InvalidValueException e) {
      // what no single row shows, e.g. an action's process missing from the map
      throw new RowException(
          QmsErrorCode.ROW_VALUE_INVALID, "(system)", e.field().orElse("?"), e.rejectedValue().orElse("?"),
          "rejected by the model: " + e.getMessage(), e);
    }
  }

  /** A mapped system and the unit of each object that has one. Immutable. */
  public static final class MappedSystem {
    private final QualitySystem system;
    private final Map<String, String> units;

    MappedSystem(QualitySystem system, Map<String, String> units) {
      this.system = system;
      this.units = Map.copyOf(units);
    }

    /** The quality system. */
    public QualitySystem system() {
      return system;
    }

    /** The unit of the object at {@code subject}, e.g. {@code complaints/K-1}. */
    public Optional<String> unitOf(String subject) {
      return Optional.ofNullable(units.get(subject));
    }
  }
}
