package se.qms.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.FindingSeverity;

/** What the rules of one review see: the risks known as of the day, the triggers and the policy. */
final class ReviewContext {
  /** The provision on continuous risk assessment. */
  static final String RISK_ANALYSIS = "SOSFS 2011:9 5 kap. 1 §";
  /** The provision on taking, following up and evaluating actions. */
  static final String ACTIONS = "SOSFS 2011:9 5 kap. 7 §";

  final List<Risk> risks;
  final List<RiskTrigger> triggers;
  final LocalDate asOf;
  final RiskEvaluator evaluator;
  final Period reassessmentInterval;
  final int newAnalysisWithinDays;

  ReviewContext(
      List<Risk> risks,
      List<RiskTrigger> triggers,
      LocalDate asOf,
      RiskEvaluator evaluator,
      Period reassessmentInterval,
      int newAnalysisWithinDays) {
    this.risks = risks;
    this.triggers = triggers;
    this.asOf = asOf;
    this.evaluator = evaluator;
    this.reassessmentInterval = reassessmentInterval;
    this.newAnalysisWithinDays = newAnalysisWithinDays;
  }

  /** Whether a risk is followed as of the day: open, and not identified after it. */
  boolean followed(Risk risk) {
    return risk.isOpen() && risk.date().map(d -> !d.isAfter(asOf)).orElse(true);
  }

  /** The score of the assessment current on the day. */
  Optional<RiskScore> score(Risk risk) {
    return risk.currentAssessment(asOf).map(evaluator::score);
  }

  static Finding finding(
      String ruleId, FindingSeverity severity, String basis, String subject, String sv, String en) {
    return Finding.builder()
        .ruleId(ruleId)
        .severity(severity)
        .basis(basis)
        .subject(subject)
        .messageSv(sv)
        .messageEn(en)
        .build();
  }

  static String subject(Risk risk) {
    return "risks/" + risk.id();
  }

  /** A value with at most two decimals, Swedish style: {@code 2,45}, {@code 12}. */
  static String valueSv(double value) {
    return valueEn(value).replace('.', ',');
  }

  /** A value with at most two decimals: {@code 2.45}, {@code 12}. */
  static String valueEn(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
