package se.qms.consumer;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import se.qms.core.compliance.ComplianceEngine;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import se.qms.core.organisation.PersonRef;
import se.qms.core.process.ProcessCategory;
import se.qms.core.process.ProcessIndexAssessment;
import se.qms.core.process.ProcessIndexSummary;
import se.qms.core.process.ProcessIndexTarget;
import se.qms.core.process.ProcessMap;
import se.qms.core.process.ProcessNode;
import se.qms.core.process.ProcessNodeKind;
import se.qms.core.process.ProcessNumber;
import se.qms.json.QmsJson;
import se.qms.risk.RiskBands;

/**
 * The README's quick start, compiled and run outside the repository against the installed
 * artifacts. The block between the markers is the README's code; a test in qms-examples keeps the
 * two identical.
 */
public final class QuickStartConsumer {
  private QuickStartConsumer() {}

  /** Prints what the README says it prints, then one line that uses qms-risk and qms-json. */
  public static void main(String[] args) {
    run(System.out);
  }

  static ProcessMap run(PrintStream out) {
    // quick-start:begin
    PersonRef owner = PersonRef.of("p-104", "Enhetschef Socialt stöd");
    PersonRef assessor = PersonRef.of("p-7", "Kvalitetsutvecklare");
    ProcessMap map = ProcessMap.of(List.of(
        ProcessNode.category(ProcessNumber.parse("2.1"), ProcessCategory.LEDNING, "Ledningsprocesser"),
        ProcessNode.of(ProcessNumber.parse("2.1.2"), ProcessNodeKind.PURPOSE_GROUP,
            "Med syfte att utveckla verksamheten"),
        ProcessNode.of(ProcessNumber.parse("2.1.2.3"), ProcessNodeKind.AREA, "Utveckla verksamhet"),
        ProcessNode.builder()
            .number(ProcessNumber.parse("2.1.2.3.6"))
            .kind(ProcessNodeKind.PROCESS)
            .title("Hantera klagomål och synpunkter")
            .owner(owner)
            .addProcessIndexAssessments(
                ProcessIndexAssessment.of(5, LocalDate.of(2017, 3, 1), assessor))
            .processIndexTarget(ProcessIndexTarget.of(7, LocalDate.of(2017, 12, 31)))
            .build()));

    ProcessIndexSummary area =
        map.processIndexSummary(ProcessNumber.parse("2.1.2.3"), LocalDate.of(2017, 6, 30));
    out.println(area.mean());                    // OptionalDouble[5.0]
    out.println(map.processesWithoutOwner());    // []
    map.find("2.1.2.3.6")
        .flatMap(p -> p.processIndexProgress(LocalDate.of(2018, 1, 1)))
        .ifPresent(p -> out.println(p.isOverdue())); // true: level 5 of 7 after the target date
        // quick-start:end
    QualitySystem system = QualitySystem.builder().name("Konsument").processMap(map).build();
    QualitySystem readBack = QmsJson.strict().readQualitySystem(QmsJson.strict().write(system));
    out.println(readBack.equals(system) + " "
        + ComplianceEngine.of(RuleSet.builder().name("Standard").build(), QmsJson.complianceRules())
            .evaluate(readBack, LocalDate.of(2018, 1, 1)).findings().size()
        + " " + RiskBands.defaults().list().size());
    return map;
  }
}
