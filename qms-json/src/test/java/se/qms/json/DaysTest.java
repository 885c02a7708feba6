package se.qms.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every document read shares one instance per day of 1990–2059, and days outside stay as given. */
class DaysTest {
  @Test
  void equalDaysInTheRange_shareOneInstance_atBothEnds() {
    for (LocalDate day : new LocalDate[] {LocalDate.of(1990, 1, 1), LocalDate.of(2016, 12, 31), LocalDate.of(2059, 12, 31)}) {
      LocalDate first = Days.canonical(LocalDate.of(day.getYear(), day.getMonth(), day.getDayOfMonth()));
      assertEquals(day, first);
      assertSame(first, Days.canonical(LocalDate.parse(day.toString())));
    }
  }

  @Test
  void daysOutsideTheRange_areReturnedAsGiven() {
    for (LocalDate day : new LocalDate[] {LocalDate.of(1989, 12, 31), LocalDate.of(2060, 1, 1)}) {
      assertSame(day, Days.canonical(day));
    }
  }

  @Test
  void theSharedInstance_isAlwaysEqualToTheDayGiven() {
    long from = LocalDate.of(1985, 1, 1).toEpochDay();
    long to = LocalDate.of(2065, 1, 1).toEpochDay();
    qt().forAll(longs().between(from, to))
        .check(epochDay -> Days.canonical(LocalDate.ofEpochDay(epochDay)).equals(LocalDate.ofEpochDay(epochDay)));
  }

  @Test
  void twoDocumentsRead_shareTheirDates() {
    QmsJson json = QmsJson.strict();
    byte[] document = json.write(sample());
    LocalDate a = json.readQualitySystem(document).complaints().get(0).received();
    LocalDate b = json.readQualitySystem(document).complaints().get(0).received();
    assertSame(a, b);
  }

  private static se.qms.core.compliance.QualitySystem sample() {
    return se.qms.core.compliance.QualitySystem.builder()
        .name("Testkommun")
        .organisation(se.qms.core.organisation.Organisation.of(java.util.List.of()))
        .addComplaints(
            se.qms.core.improvement.Complaint.received(
                "K-1", se.qms.core.improvement.ComplaintKind.COMPLAINT, LocalDate.of(2019, 3, 4)))
        .build();
  }
}
