package se.qms.core.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.measure.Period;
import se.qms.core.measure.PeriodKind;

class ImprovementStatisticsTest {
  private static final Taxonomy CAUSES = TaxonomyPreset.DEVIATION_CAUSES.taxonomy();

  private static List<CaseRecord> deviations(String unit, String category, Period period, int n) {
    List<CaseRecord> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      CaseRecord.Builder b = CaseRecord.builder().type(CaseType.DEVIATION).period(period);
      if (unit != null) {
        b.unit(unit);
      }
      if (category != null) {
        b.category(CAUSES.require(category));
      }
      out.add(b.build());
    }
    return out;
  }

  private static List<CaseRecord> complaints(ComplaintKind kind, Period period, int n) {
    List<CaseRecord> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(CaseRecord.builder().type(CaseType.COMPLAINT).kind(kind).period(period).build());
    }
    return out;
  }

  @Nested
  class Tallies {
    private final List<CaseRecord> records = new ArrayList<>();

    Tallies() {
      records.addAll(deviations("Staben", "procedur-rutiner-riktlinjer", Period.month(2019, 2), 3));
      records.addAll(
          deviations("Öppenvård", "procedur-rutiner-riktlinjer", Period.month(2019, 6), 2));
      records.addAll(
          deviations("Ekonomienheten", "kommunikation-och-information", Period.month(2019, 10), 1));
      records.addAll(deviations(null, null, Period.year(2019), 2));
      Collections.shuffle(records, new java.util.Random(5));
    }

    @Test
    void oneDimension_listsTheWholeTaxonomy_inItsOrder_unknownLast() {
      Tally t = ImprovementStatistics.of(records).withCategories(CAUSES).tally(Dimension.CATEGORY);
      assertEquals(8, t.total());
      assertEquals(
          List.of(
              "Kommunikation och information: 1",
              "Utbildning, kompetens: 0",
              "Omgivning och organisation: 0",
              "Teknik, utrustning och apparatur: 0",
              "Procedur, rutiner, riktlinjer: 5",
              "Övriga: 0",
              "Uppgift saknas: 2"),
          t.rows().stream().map(TallyRow::toString).collect(Collectors.toList()));
      assertEquals(
          "5 av 8",
          t.row("procedur-rutiner-riktlinjer")
              .orElseThrow()
              .share()
              .map(r -> r.numerator() + " av " + r.denominator())
              .orElseThrow());
      assertEquals(2, t.count((String) null));
    }

    @Test
    void withoutTaxonomy_onlyObservedCategories_byLabel() {
      Tally t = ImprovementStatistics.of(records).tally(Dimension.CATEGORY);
      assertEquals(
          List.of(
              "Kommunikation och information", "Procedur, rutiner, riktlinjer", "Uppgift saknas"),
          t.rows().stream().map(r -> r.label(0)).collect(Collectors.toList()));
    }

    @Test
    void units_inSwedishAlphabeticalOrder() {
      Tally t = ImprovementStatistics.of(records).tally(Dimension.UNIT);
      assertEquals(
          List.of("Ekonomienheten", "Staben", "Öppenvård", "Uppgift saknas"),
          t.rows().stream().map(r -> r.label(0)).collect(Collectors.toList()));
    }

    @Test
    void tertials_placeMonths_butNotAWholeYear() {
      Tally t = ImprovementStatistics.of(records).tally(Dimension.TERTIAL);
      assertEquals(3, t.count("2019-T1"));
      assertEquals(2, t.count("2019-T2"));
      assertEquals(1, t.count("2019-T3"));
      assertEquals(2, t.count((String) null));
      assertEquals(8, ImprovementStatistics.of(records).tally(Dimension.YEAR).count("2019"));
    }

    @Test
    void twoDimensions_listOnlyCombinationsThatOccur_andAddUp() {
      Tally t = ImprovementStatistics.of(records).tally(Dimension.UNIT, Dimension.TERTIAL);
      assertEquals(4, t.rows().size());
      assertEquals(3, t.count("Staben", "2019-T1"));
      assertEquals(2, t.count(null, null));
      assertEquals(t.total(), t.rows().stream().mapToLong(TallyRow::count).sum());
      assertEquals("Staben", t.rows().get(1).code(Dimension.UNIT).orElseThrow());
    }

    @Test
    void roundedPercents_addUpTo100() {
      Tally t = ImprovementStatistics.of(records).withCategories(CAUSES).tally(Dimension.CATEGORY);
      assertEquals(
          100, t.roundedPercents(0).stream().mapToInt(java.math.BigDecimal::intValueExact).sum());
    }

    @Test
    void duplicateOrNoDimensions_areRejected() {
      ImprovementStatistics s = ImprovementStatistics.of(records);
      assertThrows(InvalidValueException.class, () -> s.tally(Dimension.UNIT, Dimension.UNIT));
      assertThrows(InvalidValueException.class, () -> s.tally());
    }
  }

  @Test
  void manyDistinctValues_countedInBuckets_agreeWithANaiveCount() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    List<CaseRecord> records = new ArrayList<>();
    java.util.Map<List<String>, Long> naive = new java.util.HashMap<>();
    for (int i = 0; i < 50_000; i++) {
      String org = "org-" + random.nextInt(3_000);
      String unit = "unit-" + random.nextInt(3_000);
      Period month = Period.month(2019, 1 + random.nextInt(12));
      records.add(
          CaseRecord.builder()
              .type(CaseType.DEVIATION)
              .organisation(org)
              .unit(unit)
              .period(month)
              .build());
      naive.merge(List.of(org, unit, month.toString()), 1L, Long::sum);
    }
    Tally t =
        ImprovementStatistics.of(records)
            .tally(Dimension.ORGANISATION, Dimension.UNIT, Dimension.MONTH);
    assertEquals(naive.size(), t.rows().size());
    for (TallyRow row : t.rows()) {
      assertEquals(naive.get(row.labels()), row.count(), row.labels().toString());
    }
  }

  @Test
  void keysBeyondAnInt_areCountedAsLongs() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    List<CaseRecord> records = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      records.add(
          CaseRecord.builder()
              .type(CaseType.COMPLAINT)
              .organisation("org-" + random.nextInt(2_000))
              .unit("unit-" + random.nextInt(2_000))
              .kind(ComplaintKind.values()[random.nextInt(4)])
              .source(ComplaintSource.values()[random.nextInt(7)])
              .period(Period.month(2000 + random.nextInt(20), 1 + random.nextInt(12)))
              .build());
    }
    ImprovementStatistics s = ImprovementStatistics.of(records);
    List<Dimension> dims =
        List.of(
            Dimension.ORGANISATION,
            Dimension.UNIT,
            Dimension.KIND,
            Dimension.SOURCE,
            Dimension.MONTH);
    Tally t = s.tally(dims);
    assertEquals(3_000, t.rows().stream().mapToLong(TallyRow::count).sum());
    assertEquals(s.tally(dims, 0), t);
    assertEquals(t.rows().stream().map(TallyRow::labels).distinct().count(), t.rows().size());
  }

  @Test
  void kinds_listAllFourKinds_evenWithoutCases() {
    List<CaseRecord> records =
        new ArrayList<>(complaints(ComplaintKind.COMPLAINT, Period.year(2016), 6));
    records.addAll(complaints(ComplaintKind.PRAISE, Period.year(2016), 1));
    Tally t = ImprovementStatistics.of(records).tally(Dimension.KIND);
    assertEquals(
        List.of("Klagomål: 6", "Synpunkt: 0", "Beröm: 1", "Förslag: 0"),
        t.rows().stream().map(TallyRow::toString).collect(Collectors.toList()));
  }

  @Test
  void yearOnYearChange_fromCountsPerYear() {
    List<CaseRecord> records =
        new ArrayList<>(complaints(ComplaintKind.COMPLAINT, Period.year(2018), 86));
    records.addAll(complaints(ComplaintKind.COMPLAINT, Period.year(2019), 41));
    ImprovementStatistics s = ImprovementStatistics.of(records);
    assertEquals(Optional.of(Ratio.change(86, 41)), s.yearOnYearChange(2019));
    assertEquals("-52 %", s.yearOnYearChange(2019).orElseThrow().formatPercent(0));
    assertEquals(Optional.empty(), s.yearOnYearChange(2018));
    assertEquals(86, s.count(Period.year(2018)));
  }

  @Test
  void shareLedToDocumentedAction_amongKnown() {
    List<CaseRecord> records = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      records.add(
          CaseRecord.builder().type(CaseType.DEVIATION).ledToDocumentedAction(i < 4).build());
    }
    records.add(CaseRecord.deviation());
    assertEquals(
        Optional.of(Ratio.share(4, 10)),
        ImprovementStatistics.of(records).shareLedToDocumentedAction());
    assertEquals(
        Optional.empty(),
        ImprovementStatistics.of(List.of(CaseRecord.deviation())).shareLedToDocumentedAction());
  }

  @Test
  void recordFieldsOfTheOtherType_areRejected() {
    assertEquals(
        QmsErrorCode.RECORD_FIELD_NOT_APPLICABLE,
        assertThrows(
                InvalidValueException.class,
                () ->
                    CaseRecord.builder()
                        .type(CaseType.DEVIATION)
                        .kind(ComplaintKind.COMPLAINT)
                        .build())
            .code());
    assertEquals(
        QmsErrorCode.RECORD_FIELD_NOT_APPLICABLE,
        assertThrows(
                InvalidValueException.class,
                () ->
                    CaseRecord.builder()
                        .type(CaseType.COMPLAINT)
                        .category(CAUSES.categories().get(0))
                        .build())
            .code());
  }

  @Nested
  class Patterns {
    @Test
    void risingOverThreeTertials_isNamedWithItsPeriods() {
      List<CaseRecord> records = new ArrayList<>();
      records.addAll(deviations("u", "kommunikation-och-information", Period.tertial(2019, 1), 2));
      records.addAll(deviations("u", "kommunikation-och-information", Period.tertial(2019, 2), 4));
      records.addAll(deviations("u", "kommunikation-och-information", Period.tertial(2019, 3), 7));
      records.addAll(deviations("u", "ovriga", Period.tertial(2019, 1), 9));
      records.addAll(deviations("u", "ovriga", Period.tertial(2019, 2), 9));
      records.addAll(deviations("u", "ovriga", Period.tertial(2019, 3), 2));
      List<Pattern> patterns =
          ImprovementStatistics.of(records)
              .withCategories(CAUSES)
              .patterns(Dimension.CATEGORY, PeriodKind.TERTIAL, PatternPolicy.defaults());
      Pattern rising = patterns.get(0);
      assertEquals(PatternKind.RISING, rising.kind());
      assertEquals("Kommunikation och information", rising.label());
      assertEquals(
          List.of(Period.tertial(2019, 1), Period.tertial(2019, 2), Period.tertial(2019, 3)),
          rising.periods());
      assertEquals(List.of(2L, 4L, 7L), rising.counts());
      // kommunikation och information also takes 7 of 9 in T3, above one half
      assertEquals(PatternKind.SHARE_ABOVE_THRESHOLD, patterns.get(1).kind());
      assertEquals(List.of(Period.tertial(2019, 3)), patterns.get(1).periods());
      Pattern share = patterns.get(2);
      assertEquals(PatternKind.SHARE_ABOVE_THRESHOLD, share.kind());
      assertEquals("ovriga", share.code());
      assertEquals(List.of(Period.tertial(2019, 1), Period.tertial(2019, 2)), share.periods());
      assertEquals(List.of(Ratio.share(9, 11), Ratio.share(9, 13)), share.shares());
      assertEquals(3, patterns.size());
      assertTrue(
          share
              .describeSwedish()
              .startsWith("Övriga: andel över tröskelvärdet 2019-T1 (9 av 11, 82 %)"));
    }

    @Test
    void twoRises_areNotEnough_forFourPeriodsPolicy_aGapBreaksTheRun() {
      List<CaseRecord> records = new ArrayList<>();
      records.addAll(deviations("u", "ovriga", Period.year(2015), 1));
      records.addAll(deviations("u", "ovriga", Period.year(2016), 2));
      records.addAll(deviations("u", "ovriga", Period.year(2017), 3));
      records.addAll(deviations("u", "ovriga", Period.year(2019), 4));
      ImprovementStatistics s = ImprovementStatistics.of(records);
      PatternPolicy four = PatternPolicy.of(4, Ratio.of(1, 2), 1);
      assertEquals(List.of(), rising(s.patterns(Dimension.CATEGORY, PeriodKind.YEAR, four)));
      PatternPolicy three = PatternPolicy.of(3, Ratio.of(1, 2), 1);
      List<Pattern> found = rising(s.patterns(Dimension.CATEGORY, PeriodKind.YEAR, three));
      assertEquals(1, found.size());
      assertEquals(List.of(1L, 2L, 3L), found.get(0).counts());
    }

    private List<Pattern> rising(List<Pattern> patterns) {
      return patterns.stream()
          .filter(p -> p.kind() == PatternKind.RISING)
          .collect(Collectors.toList());
    }

    @Test
    void smallCounts_areNotJudgedByShare() {
      List<CaseRecord> records = deviations("u", "ovriga", Period.year(2019), 4);
      assertEquals(
          List.of(),
          ImprovementStatistics.of(records)
              .patterns(Dimension.CATEGORY, PeriodKind.YEAR, PatternPolicy.defaults()));
    }

    @Test
    void policy_outOfRange_isRejected() {
      assertThrows(InvalidValueException.class, () -> PatternPolicy.of(1, Ratio.of(1, 2), 1));
      assertThrows(InvalidValueException.class, () -> PatternPolicy.of(3, Ratio.of(1, 1), 1));
      assertThrows(InvalidValueException.class, () -> PatternPolicy.of(3, Ratio.of(1, 2), 0));
    }
  }
}
