package se.qms.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;

class SmallNumbersTest {
  /** A counts-with-shares table of the given counts, each record named {@code <prefix><label>.<n>}. */
  static ReportTable table(String id, String prefix, long... counts) {
    List<Tables.Count> list = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      List<RecordRef> refs = new ArrayList<>();
      for (int n = 0; n < counts[i]; n++) {
        refs.add(RecordRef.of("cases", prefix + i + "." + n));
      }
      list.add(new Tables.Count(Text.of("R" + i), refs));
    }
    return Tables.countsWithShares(id, Text.of(id), Text.of("Rad"), list);
  }

  static QualityReport report(ReportTable... tables) {
    List<ReportSection> sections = new ArrayList<>();
    for (SectionKind k : SectionKind.values()) {
      List<ReportBlock> blocks = new ArrayList<>();
      if (k == SectionKind.DEVIATIONS) {
        blocks.addAll(List.of(tables));
      } else {
        blocks.add(Paragraph.of(Text.of("Text")));
      }
      sections.add(ReportSection.of(k, k.ordinal() + 1, blocks));
    }
    return new QualityReport("K", 2019, LocalDate.of(2019, 12, 31), Disclosure.internal(), sections, List.of(), null);
  }

  static List<String> printed(ReportTable t, int column) {
    return t.rows().stream().map(r -> r.cell(column).format(ReportLanguage.SV)).collect(Collectors.toList());
  }

  @Test
  void countsOneAndTwo_areMasked_zeroAndThreeAreNot_andTheirShares() {
    QualityReport r = report(table("t", "a", 0, 1, 2, 3, 10)).withDisclosure(Disclosure.masked(3));
    ReportTable t = r.table("t").orElseThrow();
    assertEquals(List.of("0", "<3", "<3", "3", "10", "16"), printed(t, 0));
    assertEquals(List.of("0 %", "<3", "<3", "19 %", "63 %", "100 %"), printed(t, 1));
  }

  /** One masked part of a shown total would be the total minus the others: a second part goes too. */
  @Test
  void aSingleMaskedPart_takesTheSmallestOtherPartWithIt() {
    ReportTable t =
        report(table("t", "a", 2, 7, 5, 40)).withDisclosure(Disclosure.masked(3)).table("t").orElseThrow();
    // the 5 is masked to protect the 2: it reads "..", not "<3", since it is not small itself
    assertEquals(List.of("<3", "7", "..", "40", "54"), printed(t, 0));
  }

  @Test
  void aSingleMaskedPart_withOnlyZerosBeside_masksTheTotal() {
    ReportTable t =
        report(table("t", "a", 0, 1, 0)).withDisclosure(Disclosure.masked(3)).table("t").orElseThrow();
    assertEquals(List.of("0", "<3", "0", "<3"), printed(t, 0));
  }

  /** The same records counted in another table are masked there too, even where that table's figure is large enough on its own terms. */
  @Test
  void theSameRecords_areMaskedInEveryTable() {
    ReportTable first = table("first", "a", 2, 7, 5, 40);
    // the second table counts the 5 records of row R2 of the first as one row
    List<Tables.Count> list = new ArrayList<>();
    list.add(new Tables.Count(Text.of("X"), first.rows().get(2).cell(0).sources()));
    List<RecordRef> rest = new ArrayList<>(first.rows().get(3).cell(0).sources());
    list.add(new Tables.Count(Text.of("Y"), rest));
    ReportTable second = Tables.countsWithShares("second", Text.of("second"), Text.of("Rad"), list);
    QualityReport r = report(first, second).withDisclosure(Disclosure.masked(3));
    // X (5 records) is masked because R2 of the first table was masked alongside R0; then X is the
    // single masked part of the second table's total, so Y goes with it
    assertEquals(List.of("..", "..", "45"), printed(r.table("second").orElseThrow(), 0));
  }

  /** A change from 2 to 6 reports would give the 2 away: the change goes with the masked count. */
  @Test
  void aChange_isMaskedWithTheCountItComparesWith() {
    List<RecordRef> two = List.of(RecordRef.of("cases", "a"), RecordRef.of("cases", "b"));
    List<RecordRef> six = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      six.add(RecordRef.of("cases", "c" + i));
    }
    ReportTable.Builder b =
        ReportTable.builder("change", Text.of("Förändring"), Text.of("Rad"))
            .columns(Text.of("2018"), Text.of("2019"), Text.of("Förändring"));
    b.row(
        ReportRow.of(
            Text.of("Rapporter"),
            List.of(
                ReportCell.count(2, two), ReportCell.count(6, six),
                ReportCell.number(200, 0, Text.of("%"), six))));
    b.change(0, 1, 2);
    ReportTable t = report(b.build()).withDisclosure(Disclosure.masked(3)).table("change").orElseThrow();
    assertEquals(List.of("<3", "6", ".."),
        t.rows().get(0).cells().stream().map(c -> c.format(ReportLanguage.SV)).collect(Collectors.toList()));
  }

  @Test
  void paragraphsStatingFigures_areLeftOut_ofAPublicEdition_othersStay() {
    List<ReportSection> sections = new ArrayList<>();
    for (SectionKind k : SectionKind.values()) {
      List<ReportBlock> blocks = new ArrayList<>();
      if (k == SectionKind.LEX_SARAH) {
        blocks.add(Paragraph.of(Text.of("1 rapport"), List.of(RecordRef.of("lexSarahCases", "L1"))));
      } else if (k == SectionKind.PURPOSE) {
        blocks.add(Paragraph.of(Text.of("Syfte")));
        blocks.add(Paragraph.of(Text.of("9 rapporter"), List.of(RecordRef.of("lexSarahCases", "L1"))));
      } else {
        blocks.add(Paragraph.of(Text.of("Text")));
      }
      sections.add(ReportSection.of(k, k.ordinal() + 1, blocks));
    }
    QualityReport pub =
        new QualityReport("K", 2019, LocalDate.of(2019, 12, 31), Disclosure.internal(), sections, List.of(), null)
            .withDisclosure(Disclosure.masked(3));
    assertEquals(List.of(Paragraph.of(Text.of("Syfte"))), pub.section(SectionKind.PURPOSE).blocks());
    assertEquals(
        "Avsnittets uppgifter redovisas inte i den offentliga versionen.",
        ((Paragraph) pub.section(SectionKind.LEX_SARAH).blocks().get(0)).text().sv());
  }

  /** A total masked in another table (the same records) whose parts here are all shown: their sum would tell it. */
  @Test
  void aMaskedTotal_withEveryPartShown_takesTheSmallestPartWithIt() {
    ReportTable first = table("first", "a", 2, 7, 8, 40);
    List<Tables.Count> list = new ArrayList<>();
    List<RecordRef> r1 = first.rows().get(1).cell(0).sources();
    list.add(new Tables.Count(Text.of("X"), r1.subList(0, 3)));
    list.add(new Tables.Count(Text.of("Y"), r1.subList(3, 7)));
    // the second table's total counts the 7 records of R1, masked in the first table to protect R0
    ReportTable second = Tables.countsWithShares("second", Text.of("second"), Text.of("Rad"), list);
    QualityReport r = report(first, second).withDisclosure(Disclosure.masked(3));
    assertEquals(List.of("<3", "..", "8", "40", "57"), printed(r.table("first").orElseThrow(), 0));
    assertEquals(List.of("..", "4", ".."), printed(r.table("second").orElseThrow(), 0));
  }

  @Test
  void suppressedEdition_showsTwoDots() {
    ReportTable t =
        report(table("t", "a", 1, 1, 9)).withDisclosure(Disclosure.suppressed(3)).table("t").orElseThrow();
    assertEquals(List.of("..", "..", "9", "11"), printed(t, 0));
  }

  @Test
  void internalEdition_isTheReportItself_andPublicIsCheckedThroughIt() {
    QualityReport internal = report(table("t", "a", 1, 9));
    QualityReport pub = internal.withDisclosure(Disclosure.masked(5));
    assertSame(internal, pub.withDisclosure(Disclosure.internal()));
    assertEquals(List.of(), pub.check(ReportLanguage.SV));
    assertTrue(pub.disclosure().isPublic());
    assertTrue(pub.table("t").orElseThrow().rows().get(0).cell(0).count().isEmpty());
    assertEquals(1, internal.table("t").orElseThrow().rows().get(0).cell(0).count().getAsLong());
  }

  @Test
  void threshold_outsideTwoToHundred_isRejected() {
    assertThrows(InvalidValueException.class, () -> Disclosure.masked(1));
    assertThrows(InvalidValueException.class, () -> Disclosure.suppressed(101));
  }
}
