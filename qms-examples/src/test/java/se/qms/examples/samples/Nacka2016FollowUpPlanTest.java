package se.qms.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.qms.core.measure.Period;
import se.qms.core.selfinspection.FollowUpPlan;
import se.qms.core.selfinspection.FollowUpPlanItem;
import se.qms.core.selfinspection.Occurrence;
import se.qms.core.selfinspection.QualityArea;
import se.qms.core.selfinspection.DrawnSample;
import se.qms.core.selfinspection.SamplingSpec;

/** Seed 003, Nacka's Uppföljningsplan för kvalitet 2016: every item with its mättillfällen. */
class Nacka2016FollowUpPlanTest {
  private final FollowUpPlan plan =
      Sample.load(Sample.NACKA_2016).qualitySystem().followUpPlan();
  private static final Period YEAR = Period.year(2016);

  private static LocalDate d(String text) {
    return LocalDate.parse("2016-" + text);
  }

  /**
   * The summary of seed 003 speaks of eight egenkontroller in "Effektiv och rättssäker
   * handläggning"; the plan prints seven items under that heading (see SOURCE.md).
   */
  @Test
  void fourteenItems_sevenOfThemEffektivOchRattssakerHandlaggning() {
    assertEquals(14, plan.items().size());
    assertEquals(
        7,
        plan.items().stream()
            .filter(i -> i.qualityArea().equals(QualityArea.custom("Effektiv och rättssäker handläggning")))
            .count());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "funk-genomforandeplaner | 08-31 12-31",
        "funk-nivabedomningar | 10-31 12-31",
        "funk-sip | 03-01 09-01",
        "funk-socialpsykiatri-handlaggning | 04-01 10-01",
        "funk-verkstallighet | 03-31 06-30 09-30 12-31",
        "ifo-overgangar | 11-30",
        "ifo-vinjetter | 11-30",
        "ifo-barnperspektiv | 10-31",
        "ifo-ebp | 08-31 12-31",
        "ifo-administration | 04-30 08-31 12-31",
        "ske-uppfoljning-handlaggning | 04-30 08-31 12-31",
        "ske-delaktighet-uppfoljning | 04-30 08-31 12-31",
        "ske-delaktighet-utveckling | 06-30 12-31",
        "ske-avtal | 04-30 08-31 12-31"
      })
  void occurrencesIn2016(String id, String dates) {
    List<LocalDate> expected = List.of(dates.split(" ")).stream().map(Nacka2016FollowUpPlanTest::d).collect(Collectors.toList());
    assertEquals(expected, plan.item(id).orElseThrow().schedule().occurrences(YEAR));
  }

  @Test
  void thirtyOneOccurrences_in2016() {
    assertEquals(31, plan.occurrences(YEAR).size());
  }

  @Test
  void overdue_asOfYearEnd_areTheOccurrencesWithoutResult_theYearEndReportCoversOnlyTheLast() {
    List<Occurrence> overdue = plan.overdue(YEAR, d("12-31"), 0);
    assertEquals(17, overdue.size());
    assertEquals(Occurrence.of("funk-sip", d("03-01")), overdue.get(0));
    assertTrue(overdue.stream().noneMatch(o -> o.itemId().startsWith("ifo-overgangar")));
  }

  @Test
  void overdue_midMay_withTwoWeeksGrace_turnsOnAtTheFifteenth() {
    assertEquals(
        List.of(
            Occurrence.of("funk-sip", d("03-01")),
            Occurrence.of("funk-verkstallighet", d("03-31")),
            Occurrence.of("funk-socialpsykiatri-handlaggning", d("04-01"))),
        plan.overdue(YEAR, d("05-14"), 14));
    List<Occurrence> fifteenth = plan.overdue(YEAR, d("05-15"), 14);
    assertEquals(7, fifteenth.size());
    assertEquals(
        List.of("ifo-administration", "ske-avtal", "ske-delaktighet-uppfoljning", "ske-uppfoljning-handlaggning"),
        fifteenth.subList(3, 7).stream().map(Occurrence::itemId).collect(Collectors.toList()));
  }

  @Test
  void nothingIsOverdue_onNewYearsDay2016() {
    assertEquals(List.of(), plan.overdue(YEAR, d("01-01"), 0));
  }

  @ParameterizedTest
  @CsvSource({
    "funk-sip, 2016-06-30, 2016-09-01",
    "funk-sip, 2016-09-01, 2017-03-01",
    "funk-verkstallighet, 2016-06-30, 2016-09-30",
    "ifo-ebp, 2016-06-30, 2016-08-31",
    "ske-delaktighet-utveckling, 2016-06-30, 2016-12-31",
    "funk-nivabedomningar, 2016-12-31, 2017-10-31"
  })
  void nextDue(String id, LocalDate after, LocalDate expected) {
    assertEquals(Optional.of(expected), plan.item(id).orElseThrow().schedule().nextAfter(after));
  }

  @Test
  void nextDue_ofThePlan_afterMidsummer() {
    List<Occurrence> next = plan.nextDue(d("06-30"));
    assertEquals(14, next.size());
    assertEquals(d("08-31"), next.get(0).due());
    assertEquals(Occurrence.of("ske-delaktighet-utveckling", d("12-31")), next.get(13));
  }

  @Test
  void interviewSample_isTheFirstThreeFamiliesClosedInAugust() {
    FollowUpPlanItem item = plan.item("ifo-overgangar").orElseThrow();
    SamplingSpec spec = item.sampling().orElseThrow();
    DrawnSample s = spec.draw(List.of("familj-a", "familj-b", "familj-c", "familj-d"));
    assertEquals(List.of("familj-a", "familj-b", "familj-c"), s.ids());
  }
}
