package se.qms.core.selfinspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

class SamplingSpecTest {
  static List<String> population(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add("brukare-" + i);
    }
    return out;
  }

  @Test
  void tenPercent_ofNinetyFive_isTen_roundedUp() {
    DrawnSample s = SamplingSpec.randomShare(0.10, 2016_05L).draw(population(95));
    assertEquals(10, s.ids().size());
    assertEquals(95, s.populationSize());
  }

  @Test
  void sameSeed_sameSample_otherSeed_otherSample() {
    List<String> p = population(200);
    assertEquals(SamplingSpec.randomSize(20, 42).draw(p), SamplingSpec.randomSize(20, 42).draw(p));
    assertNotEquals(SamplingSpec.randomSize(20, 42).draw(p).ids(), SamplingSpec.randomSize(20, 43).draw(p).ids());
  }

  @Test
  void firstThreeFamilies_closedInAugust() {
    assertEquals(
        List.of("brukare-1", "brukare-2", "brukare-3"), SamplingSpec.first(3).draw(population(9)).ids());
  }

  @Test
  void sizeAbovePopulation_throwsSampleSizeInvalid() {
    assertEquals(
        QmsErrorCode.SAMPLE_SIZE_INVALID,
        assertThrows(InvalidValueException.class, () -> SamplingSpec.first(4).draw(population(3))).code());
  }

  @Test
  void shareZero_throws_shareOne_takesAll() {
    assertThrows(InvalidValueException.class, () -> SamplingSpec.randomShare(0, 1));
    assertEquals(population(7), SamplingSpec.randomShare(1, 1).draw(population(7)).ids());
  }

  @Test
  void randomWithoutSeed_throwsInconsistent() {
    assertEquals(
        QmsErrorCode.INCONSISTENT_VALUE,
        assertThrows(
                InvalidValueException.class,
                () -> SamplingSpec.builder().method(SamplingSpec.Method.RANDOM).size(2).build())
            .code());
  }

  @Test
  void repeatedIdInPopulation_throwsDuplicate() {
    assertThrows(InvalidValueException.class, () -> SamplingSpec.first(1).draw(List.of("a", "a")));
  }
}
