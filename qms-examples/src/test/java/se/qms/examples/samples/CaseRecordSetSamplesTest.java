package se.qms.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.qms.core.improvement.CaseRecordSet;

/**
 * Each bundled sample's {@code caseRecordSets} are its {@code improvement-records.tsv} tables, line
 * by line: same ids in the same order, same records and counts, so the document and the
 * transcription cannot drift apart.
 */
class CaseRecordSetSamplesTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {Sample.ORNSKOLDSVIK_2016, Sample.SAFFLE_2019, Sample.OSTERSUND_2020})
  void documentSets_equalTheTranscribedTables_lineByLine(String name) {
    ImprovementRecords tsv = ImprovementRecords.load(name);
    List<CaseRecordSet> sets = Sample.load(name).qualitySystem().caseRecordSets();
    assertEquals(
        tsv.tables(), sets.stream().map(CaseRecordSet::id).collect(Collectors.toList()), name);
    for (CaseRecordSet set : sets) {
      List<String> expected = new ArrayList<>();
      for (ImprovementRecords.Line line : tsv.lines(set.id())) {
        expected.add(line.count() + " × " + line.record());
      }
      List<String> actual = new ArrayList<>();
      for (CaseRecordSet.Line line : set.lines()) {
        actual.add(line.count() + " × " + line.record());
      }
      assertEquals(expected, actual, name + " " + set.id());
      assertEquals(tsv.records(set.id()), set.records(), name + " " + set.id());
      assertTrue(set.reference().isPresent(), set.id() + " names where in the seed it stands");
    }
  }

  @Test
  void samplesWithoutTables_haveNoSets() {
    for (String name : Sample.names()) {
      if (!List.of(Sample.ORNSKOLDSVIK_2016, Sample.SAFFLE_2019, Sample.OSTERSUND_2020).contains(name)) {
        assertEquals(List.of(), Sample.load(name).qualitySystem().caseRecordSets(), name);
      }
    }
  }

  @Test
  void saffleTable15_countsTheFiveHundredOneDeviations() {
    CaseRecordSet table15 = Sample.load(Sample.SAFFLE_2019).qualitySystem().caseRecordSets().get(0);
    assertEquals("tabell-15", table15.id());
    assertEquals("Kvalitetsberättelse 2019, Tabell 15", table15.reference().orElseThrow());
    assertEquals(501, table15.size());
  }
}
