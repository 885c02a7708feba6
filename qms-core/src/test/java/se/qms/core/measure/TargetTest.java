package se.qms.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

class TargetTest {
  private static final Period P2019 = Period.year(2019);
  private static final MeasureData DATA =
      MeasureData.of(
          List.of(
              Observation.of("ater", P2019.previous(), 80),
              Observation.builder().indicatorId("ater").unitId("e2").period(P2019).total(88).build()),
          List.of(
              ReferenceValue.average("ater", P2019, ReferenceKind.NATIONAL_AVERAGE, 79),
              ReferenceValue.average("ater", P2019, ReferenceKind.COUNTY_AVERAGE, 81),
              ReferenceValue.named("ater", P2019, ReferenceKind.COMPARISON_GROUP, "Liknande kommuner IFO", 83)));

  private static OptionalDouble resolve(Target t) {
    return t.resolve("ater", Optional.empty(), P2019, DATA);
  }

  @Test
  void eachKind_resolvesAgainstItsSource() {
    assertEquals(OptionalDouble.of(92), resolve(Target.absolute(92)));
    assertEquals(OptionalDouble.of(79), resolve(Target.nationalAverage()));
    assertEquals(OptionalDouble.of(81), resolve(Target.countyAverage()));
    assertEquals(OptionalDouble.of(83), resolve(Target.comparisonGroup("Liknande kommuner IFO")));
    assertEquals(OptionalDouble.of(88), resolve(Target.otherUnit("e2")));
    assertEquals(OptionalDouble.of(82), resolve(Target.previousPeriod(2, Target.DeltaUnit.POINTS)));
    assertEquals(OptionalDouble.of(60), resolve(Target.previousPeriod(-25, Target.DeltaUnit.PERCENT)));
    assertEquals(
        OptionalDouble.of(80),
        resolve(Target.nationalAverage().adjustedBy(1, Target.DeltaUnit.POINTS)));
  }

  @Test
  void missingBase_resolvesToEmpty_notAnError() {
    assertEquals(OptionalDouble.empty(), resolve(Target.comparisonGroup("Okänd grupp")));
    assertEquals(OptionalDouble.empty(), resolve(Target.otherUnit("e9")));
    assertEquals(
        OptionalDouble.empty(),
        Target.previousPeriod(0, Target.DeltaUnit.POINTS)
            .resolve("ater", Optional.empty(), Period.year(2016), DATA));
  }

  @Test
  void inconsistentTargets_areRejected() {
    assertEquals(
        QmsErrorCode.VALUE_NOT_FINITE,
        assertThrows(InvalidValueException.class, () -> Target.absolute(Double.NaN)).code());
    assertThrows(
        InvalidValueException.class,
        () -> Target.absolute(5).adjustedBy(1, Target.DeltaUnit.POINTS));
  }

  @Test
  void duplicateObservations_areRejected() {
    Observation o = Observation.of("ater", P2019, 1);
    assertEquals(
        QmsErrorCode.DUPLICATE_ID,
        assertThrows(InvalidValueException.class, () -> MeasureData.of(List.of(o, o), List.of()))
            .code());
  }
}
