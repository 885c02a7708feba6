package se.qms.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import se.qms.core.compliance.Finding;
import se.qms.core.organisation.PersonRef;
import se.qms.core.process.ProcessNumber;
import se.qms.risk.Rating;
import se.qms.risk.Risk;
import se.qms.risk.RiskAssessment;
import se.qms.risk.RiskEvaluator;
import se.qms.risk.RiskReview;
import se.qms.risk.RiskScore;

/**
 * The risk-analysis example of the README, runnable: {@code java -cp … se.qms.examples.RiskQuickStart}.
 * A test keeps the README's code identical to the block between the markers below.
 */
public final class RiskQuickStart {
  private RiskQuickStart() {}

  /** Prints what the README says it prints. */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    // risk-quick-start:begin
    RiskEvaluator evaluator = RiskEvaluator.defaults(); // 1–4 × 1–4, Låg/Medium/Kritisk, ≥ 8 or Hög
    out.println(evaluator.band(4, 3).nameSv() + " " + evaluator.isEscalated(4, 3)); // Kritisk true

    Risk risk = Risk.builder()
        .id("R2")
        .title("Brukare har inte en aktuell genomförandeplan")
        .process(ProcessNumber.parse("2.2.1.5.1"))
        .basis("Frekventa iakttagelser av risker")
        .addAssessments(RiskAssessment.of(LocalDate.of(2017, 3, 1), List.of(
            Rating.of(PersonRef.of("ec-1", "Enhetschef A"), 2, 3),
            Rating.of(PersonRef.of("ec-2", "Enhetschef B"), 3, 3),
            Rating.of(PersonRef.of("ec-3", "Enhetschef C"), 3, 4))))
        .build();
    RiskScore score = evaluator.score(risk).orElseThrow();
    out.println(score); // RiskScore{2.67 × 3.33 = 8.89, Kritisk, escalated, assessors=3}

    List<Finding> findings = RiskReview.defaults().evaluate(List.of(risk), LocalDate.of(2018, 4, 1));
    findings.forEach(f -> out.println(f.ruleId() + " " + f.subject()));
    // risk.critical-without-action risks/R2
    // risk.reassessment-overdue risks/R2
    // risk-quick-start:end
  }
}
