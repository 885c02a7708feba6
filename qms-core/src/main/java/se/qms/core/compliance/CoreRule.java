package se.qms.core.compliance;

import java.util.List;

/**
 * The common description of the core's rules: id, default severity, basis, titles, parameters.
 * Subclasses add {@link #compile}.
 */
abstract class CoreRule implements ComplianceRule {
  /** SOSFS 2011:9 4 kap. 1 §: identify, describe and fix the processes. */
  static final String PROCESSES = "SOSFS 2011:9 4 kap. 1 §";
  /** SOSFS 2011:9 5 kap. 2 §: egenkontroll. */
  static final String SELF_INSPECTION = "SOSFS 2011:9 5 kap. 2 §";
  /** SOSFS 2011:9 5 kap. 3 §: complaints and comments. */
  static final String COMPLAINTS = "SOSFS 2011:9 5 kap. 3 §";
  /** SOSFS 2011:9 5 kap. 6 §: compile and analyse for patterns and trends. */
  static final String COMPILATION = "SOSFS 2011:9 5 kap. 6 §";
  /** SOSFS 2011:9 5 kap. 7 §: take measures, follow them up, evaluate their effect. */
  static final String ACTIONS = "SOSFS 2011:9 5 kap. 7 §";

  private final String id;
  private final FindingSeverity severity;
  private final String basis;
  private final String titleSv;
  private final String titleEn;
  private final List<RuleParameter> parameters;

  CoreRule(
      String id,
      FindingSeverity severity,
      String basis,
      String titleSv,
      String titleEn,
      RuleParameter... parameters) {
    this.id = id;
    this.severity = severity;
    this.basis = basis;
    this.titleSv = titleSv;
    this.titleEn = titleEn;
    this.parameters = List.of(parameters);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final FindingSeverity defaultSeverity() {
    return severity;
  }

  @Override
  public final String basis() {
    return basis;
  }

  @Override
  public final String titleSv() {
    return titleSv;
  }

  @Override
  public final String titleEn() {
    return titleEn;
  }

  @Override
  public final List<RuleParameter> parameters() {
    return parameters;
  }

  @Override
  public String toString() {
    return id;
  }
}
