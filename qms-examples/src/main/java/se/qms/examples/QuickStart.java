package se.qms.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.qms.core.deadline.DeadlineRule;
import se.qms.core.deadline.TimeLimit;
import se.qms.core.improvement.CaseRecord;
import se.qms.core.improvement.CaseType;
import se.qms.core.improvement.Complaint;
import se.qms.core.improvement.ComplaintCommand;
import se.qms.core.improvement.ComplaintKind;
import se.qms.core.improvement.Dimension;
import se.qms.core.improvement.ImprovementStatistics;
import se.qms.core.improvement.Tally;
import se.qms.core.improvement.TallyRow;
import se.qms.core.improvement.Taxonomy;
import se.qms.core.improvement.TaxonomyPreset;
import se.qms.core.measure.Direction;
import se.qms.core.measure.Indicator;
import se.qms.core.measure.LightPolicy;
import se.qms.core.measure.MeasureData;
import se.qms.core.measure.MeasureEngine;
import se.qms.core.measure.MeasureResult;
import se.qms.core.measure.MeasureUnit;
import se.qms.core.measure.Observation;
import se.qms.core.measure.Period;
import se.qms.core.measure.ReferenceKind;
import se.qms.core.measure.ReferenceValue;
import se.qms.core.measure.Target;
import se.qms.core.measure.Tolerance;
import se.qms.core.organisation.PersonRef;
import se.qms.core.process.ProcessCategory;
import se.qms.core.process.ProcessIndexAssessment;
import se.qms.core.process.ProcessIndexSummary;
import se.qms.core.process.ProcessIndexTarget;
import se.qms.core.process.ProcessMap;
import se.qms.core.process.ProcessNode;
import se.qms.core.process.ProcessNodeKind;
import se.qms.core.process.ProcessNumber;

/**
 * The code examples of the README, runnable: {@code java -cp … se.qms.examples.QuickStart}. A test
 * keeps the README's code identical to the blocks between the markers below.
 */
public final class QuickStart {
  private QuickStart() {}

  /** Prints what the README says it prints. */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
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
  }

  static void improvement(PrintStream out) {
    // improvement:begin
    Complaint complaint = Complaint.received("K-2019-017", ComplaintKind.COMPLAINT,
        LocalDate.of(2019, 3, 1));
    out.println(complaint.answerDueDate(Complaint.DEFAULT_ANSWER_RULE)); // 2019-03-15
    out.println(complaint.isOverdue(LocalDate.of(2019, 3, 16)));         // true
    var answered = complaint.apply(ComplaintCommand.answer(LocalDate.of(2019, 3, 18)));
    out.println(answered.event().name() + ", " + answered.next().status().swedish());
    // Answered, Besvarad: a past-tense event and the next state; history is append-only
    DeadlineRule threeMonths = DeadlineRule.of(TimeLimit.months(3));
    out.println(threeMonths.dueDate(LocalDate.of(2019, 1, 31))); // 2019-04-30

    // Säffle 2019, table 15: 501 deviations by type, one record per case
    Taxonomy types = TaxonomyPreset.DEVIATION_CAUSES.taxonomy();
    int[] printed = {65, 0, 11, 8, 336, 81};
    List<CaseRecord> records = new ArrayList<>();
    for (int i = 0; i < printed.length; i++) {
      for (int n = 0; n < printed[i]; n++) {
        records.add(CaseRecord.builder().type(CaseType.DEVIATION)
            .category(types.categories().get(i)).period(Period.year(2019)).build());
      }
    }
    Tally table15 =
        ImprovementStatistics.of(records).withCategories(types).tally(Dimension.CATEGORY);
    for (TallyRow row : table15.rows()) {
      String share = row.share().orElseThrow().formatPercent(1);
      out.println(row.label(0) + ": " + row.count() + ", " + share);
    }   // … "Teknik, utrustning och apparatur: 8, 1,6 %" — the report prints 1,8 %
    out.println(table15.roundedPercents(0)); // [13, 0, 2, 2, 67, 16], adds up to 100
    // improvement:end
  }

  static MeasureResult measures() {
    // measures:begin
    Indicator waiting = Indicator.of("vantetid", "Väntetid till beslut om försörjningsstöd",
        MeasureUnit.DAYS, Direction.LOWER_IS_BETTER);
    MeasureEngine engine = MeasureEngine.of(List.of(waiting), Map.of("vantetid",
        LightPolicy.target(Target.comparisonGroup("Liknande kommuner IFO"), Tolerance.points(2))));
    MeasureData data = MeasureData.of(
        List.of(Observation.of("vantetid", Period.year(2019), 4)),
        List.of(ReferenceValue.named("vantetid", Period.year(2019), ReferenceKind.COMPARISON_GROUP,
            "Liknande kommuner IFO", 11)));
    MeasureResult result = engine.evaluate(data.observations().get(0), data);
    // result.light() == GREEN, result.target() == OptionalDouble[11.0]
    // measures:end
    return result;
  }
}
