package se.qms.core.selfinspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.qms.core.measure.Period;
import se.qms.core.measure.TrafficLight;
import se.qms.core.organisation.Role;

/** The egenkontroll example of README.md: the code between the markers is the README's, verbatim. */
class SelfInspectionReadmeTest {
  static List<Object> example(List<String> userIds) {
    // egenkontroll:begin
    ChecklistTemplate sba =
        ChecklistTemplate.builder()
            .id("sba")
            .title("Systematiskt brandskyddsarbete (SBA)")
            .addItems(
                ChecklistItem.builder()
                    .id("dokumentation")
                    .question("Finns aktuell brandskyddsdokumentation?")
                    .answerType(AnswerType.YES_NO_NA)
                    .mandatory(true)
                    .build(),
                ChecklistItem.yesNo("ovning", "Har en utrymningsövning genomförts under året?"))
            .build(); // default policy: every mandatory item Ja, no critical item failed
    CompletedChecklist done =
        CompletedChecklist.builder()
            .id("sba-2016-e01")
            .templateId("sba")
            .unitId("e01")
            .answeredBy(Role.ENHETSCHEF)
            .date(LocalDate.of(2016, 4, 12))
            .addAnswers(Answer.no("dokumentation"), Answer.yes("ovning"))
            .build();
    ChecklistOutcome outcome = sba.evaluate(done); // Ej godkänd (RED), failed items [dokumentation]

    Schedule halfYearly = Schedule.onDates(MonthDay.of(3, 1), MonthDay.of(9, 1));
    List<LocalDate> due = halfYearly.occurrences(Period.year(2016)); // [2016-03-01, 2016-09-01]

    DrawnSample logReview = SamplingSpec.randomShare(0.10, 20160501L).draw(userIds); // same seed, same ids

    CoverageMeasure coverage =
        CoverageMeasure.builder()
            .indicatorId("egenkontroll-sba")
            .templateId("sba")
            .addPopulation("e01", "e02", "e03", "e04", "e05", "e06", "e07")
            .build();
    String share = coverage.coverage(Period.year(2016), List.of(done)).displaySv(); // "14,3 %"
    // egenkontroll:end
    return List.of(outcome, due, logReview, share);
  }

  @Test
  void example_givesWhatItsCommentsSay() {
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 95; i++) {
      users.add("brukare-" + i);
    }
    List<Object> r = example(users);
    ChecklistOutcome outcome = (ChecklistOutcome) r.get(0);
    assertEquals("Ej godkänd", outcome.labelSv());
    assertEquals(TrafficLight.RED, outcome.light());
    assertEquals(List.of("dokumentation"), outcome.failedItems());
    assertEquals(List.of(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 9, 1)), r.get(1));
    assertEquals(10, ((DrawnSample) r.get(2)).ids().size());
    assertEquals(r.get(2), example(users).get(2));
    assertEquals("14,3 %", r.get(3));
  }

  @Test
  void readme_containsTheExample() throws IOException {
    String source =
        Files.readString(Path.of("src/test/java/se/qms/core/selfinspection/SelfInspectionReadmeTest.java"));
    int begin = source.indexOf('\n', source.indexOf("// egenkontroll:begin")) + 1;
    String block = source.substring(begin, source.indexOf("    // egenkontroll:end", begin));
    StringBuilder normalised = new StringBuilder();
    for (String line : block.split("\n", -1)) {
      normalised.append(line.startsWith("    ") ? line.substring(4) : line).append('\n');
    }
    String expected = normalised.toString().stripTrailing();
    String readme = Files.readString(Path.of("../README.md"));
    assertTrue(readme.contains(expected), "README.md must contain the egenkontroll block:\n" + expected);
  }
}
