package se.qms.json.kolada;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.qms.core.QmsErrorCode;
import se.qms.core.measure.MeasureData;
import se.qms.core.measure.Observation;
import se.qms.core.measure.ObservationSource;
import se.qms.core.measure.Period;
import se.qms.core.measure.ReferenceKind;
import se.qms.core.measure.ReferenceValue;
import se.qms.json.DocumentError;
import se.qms.json.QmsDocumentException;

class KoladaReaderTest {
  static final KoladaConfig OSTERSUND =
      KoladaConfig.builder()
          .ownMunicipality("2380")
          .putIndicatorIds("N00001", "ej-aterakt-barn-0-12")
          .putGroupNames("G00001", "Liknande kommuner IFO")
          .putGroupNames("G00002", "Jämförbara kommuner 50 000–99 999 inv.")
          .build();

  private static final Period Y2019 = Period.year(2019);

  @Nested
  class Ostersund2019 {
    private final KoladaImport result =
        KoladaReader.of(OSTERSUND).read(Fixtures.text("ostersund-2019.json"));

    @Test
    void ownValues_becomeOneObservationPerKpi() {
      assertEquals(7, result.observations().size());
      Observation barn = result.observations().get(0);
      assertEquals("N00002", barn.indicatorId(), "sorted by indicator id");
      Observation mapped =
          result.observations().stream()
              .filter(o -> o.indicatorId().equals("ej-aterakt-barn-0-12"))
              .findFirst()
              .orElseThrow();
      assertEquals(OptionalDouble.of(82), mapped.total());
      assertEquals(Optional.of("2380"), mapped.unitId());
      assertEquals(Y2019, mapped.period());
      assertEquals(ObservationSource.KOLADA, mapped.source());
      assertEquals(OptionalDouble.empty(), mapped.women());
      assertTrue(mapped.missingReason().isEmpty());
    }

    @Test
    void groups_becomeNamedComparisonGroups() {
      assertEquals(
          List.of(77.0, 81.0),
          references("ej-aterakt-barn-0-12", ReferenceKind.COMPARISON_GROUP).stream()
              .map(ReferenceValue::value)
              .collect(Collectors.toList()));
      assertEquals(
          List.of("Jämförbara kommuner 50 000–99 999 inv.", "Liknande kommuner IFO"),
          references("ej-aterakt-barn-0-12", ReferenceKind.COMPARISON_GROUP).stream()
              .map(r -> r.name().orElseThrow())
              .collect(Collectors.toList()));
    }

    @Test
    void otherMunicipalities_becomeOtherUnitsNamedById() {
      List<ReferenceValue> others = references("N00004", ReferenceKind.OTHER_UNIT);
      assertEquals(2, others.size());
      assertEquals(Optional.of("0880"), others.get(0).name());
      assertEquals(87.0, others.get(0).value());
      assertEquals(Optional.of("0980"), others.get(1).name());
      assertEquals(85.0, others.get(1).value());
    }

    @Test
    void everyValueIsImported_andNothingIsNoted() {
      assertEquals(30 - 7, result.references().size());
      assertEquals(List.of(), result.notes());
    }

    @Test
    void measureData_indexesEverything() {
      MeasureData data = result.measureData();
      assertEquals(7, data.observations().size());
      assertEquals(23, data.references().size());
    }

    @Test
    void threePages_readAsOne_giveTheSameImport() {
      KoladaImport paged =
          KoladaReader.of(OSTERSUND)
              .readPages(
                  List.of(
                      Fixtures.text("ostersund-2019-page1.json"),
                      Fixtures.text("ostersund-2019-page2.json"),
                      Fixtures.text("ostersund-2019-page3.json")));
      assertEquals(result, paged);
    }

    @Test
    void bytes_readLikeText() {
      assertEquals(
          result,
          KoladaReader.of(OSTERSUND)
              .read(Fixtures.text("ostersund-2019.json").getBytes(StandardCharsets.UTF_8)));
    }

    private List<ReferenceValue> references(String indicatorId, ReferenceKind kind) {
      return result.references().stream()
          .filter(r -> r.indicatorId().equals(indicatorId) && r.kind() == kind)
          .collect(Collectors.toList());
    }
  }

  @Nested
  class GenderAndMissingValues {
    private final KoladaImport result =
        KoladaReader.of(KoladaConfig.of("1860")).read(Fixtures.text("synthetic-gender-split.json"));

    @Test
    void tkm_becomeTotalWomenMen() {
      Observation o = observation(Period.year(2019));
      assertEquals(OptionalDouble.of(82.0), o.total());
      assertEquals(OptionalDouble.of(84.5), o.women());
      assertEquals(OptionalDouble.of(79.25), o.men());
    }

    @Test
    void nullValue_isMissingWithAReason_neverZero() {
      Observation o = observation(Period.year(2018));
      assertEquals(OptionalDouble.empty(), o.total());
      assertEquals(OptionalDouble.empty(), o.women());
      assertEquals(Optional.of("Kolada: värde saknas"), o.missingReason());
      assertTrue(!o.hasValue());
    }

    @Test
    void riket_isTheNationalAverage_withTheTotalOnly() {
      ReferenceValue riket =
          result.references().stream()
              .filter(r -> r.kind() == ReferenceKind.NATIONAL_AVERAGE)
              .findFirst()
              .orElseThrow();
      assertEquals(80.0, riket.value());
      assertEquals(Optional.empty(), riket.name());
    }

    @Test
    void referenceWithoutTotal_isLeftOutWithANote() {
      assertEquals(1, result.references().size());
      assertEquals(1, result.notes().size());
      assertEquals("/values/3", result.notes().get(0).pointer());
      assertTrue(result.notes().get(0).messageEn().contains("N00945, 2380, 2019"));
    }

    private Observation observation(Period period) {
      return result.observations().stream()
          .filter(o -> o.period().equals(period))
          .findFirst()
          .orElseThrow();
    }
  }

  @Nested
  class Mapping {
    @Test
    void countAboveOne_makesAFourDigitIdAComparisonGroup() {
      KoladaImport result = read("2380", datum("N00001", "1861", 2019, value("T", 6, "", "77.5")));
      assertEquals(ReferenceKind.COMPARISON_GROUP, result.references().get(0).kind());
      assertEquals(Optional.of("1861"), result.references().get(0).name());
    }

    @Test
    void unnamedGroup_isNamedByItsId() {
      KoladaImport result = read("2380", datum("N00001", "G124026", 2019, value("T", 7, "", "81")));
      assertEquals(Optional.of("G124026"), result.references().get(0).name());
    }

    @Test
    void periodAsFourDigitText_isAYear() {
      KoladaImport result =
          read(
              "2380",
              "{\"kpi\":\"N00001\",\"municipality\":\"2380\",\"period\":\"2019\",\"values\":["
                  + value("T", 1, "", "82")
                  + "]}");
      assertEquals(Y2019, result.observations().get(0).period());
    }

    @Test
    void genderValuesSplitOverTwoDataObjects_areMerged() {
      KoladaImport result =
          read(
              "2380",
              datum("N00001", "2380", 2019, value("T", 1, "", "82")),
              datum("N00001", "2380", 2019, value("K", 1, "", "84")));
      assertEquals(1, result.observations().size());
      assertEquals(OptionalDouble.of(84), result.observations().get(0).women());
    }

    @Test
    void ownValueWithoutTotalEntry_isMissing_andKeepsWomenAndMen() {
      KoladaImport result =
          read(
              "2380",
              datum("N00001", "2380", 2019, value("K", 1, "", "84"), value("M", 1, "", "80")));
      Observation o = result.observations().get(0);
      assertEquals(Optional.of("Kolada: värde saknas"), o.missingReason());
      assertEquals(OptionalDouble.of(80), o.men());
    }

    @Test
    void unknownStatus_isNotedOnce_andTheValueKept() {
      KoladaImport result =
          read(
              "2380",
              datum("N00001", "2380", 2019, value("T", 1, "Preliminär", "82")),
              datum("N00002", "2380", 2019, value("T", 1, "Preliminär", "83")));
      assertEquals(OptionalDouble.of(82), result.observations().get(0).total());
      assertEquals(1, result.notes().size());
      assertEquals("/values/0/values/0/status", result.notes().get(0).pointer());
    }

    @Test
    void statusOfAMissingValue_isPartOfTheReason() {
      KoladaImport result =
          read("2380", datum("N00001", "2380", 2019, value("T", 0, "Saknas", "null")));
      assertEquals(
          Optional.of("Kolada: värde saknas (status \"Saknas\")"),
          result.observations().get(0).missingReason());
    }

    @Test
    void unknownProperties_areNotedOncePerName_notErrors() {
      String body =
          "{\"values\":[{\"kpi\":\"N00001\",\"municipality\":\"2380\",\"period\":2019,\"isdeleted\":0,\"values\":["
              + value("T", 1, "", "82")
              + "]},{\"kpi\":\"N00002\",\"municipality\":\"2380\",\"period\":2019,\"isdeleted\":0,\"values\":[]}],\"count\":2,\"x/y\":1}";
      KoladaImport result = KoladaReader.of(KoladaConfig.of("2380")).read(body);
      assertEquals(
          List.of("/values/0/isdeleted", "/x~1y"),
          result.notes().stream().map(KoladaNote::pointer).sorted().collect(Collectors.toList()));
      assertEquals(2, result.observations().size());
    }

    @Test
    void nextPageInASavedResponse_isNoted() {
      KoladaImport result =
          KoladaReader.of(OSTERSUND).read(Fixtures.text("ostersund-2019-page1.json"));
      assertEquals("/next_page", result.notes().get(0).pointer());
    }

    @Test
    void twoKpisMappedOntoOneIndicatorThroughAnotherKpisId_isADuplicate() {
      KoladaConfig config =
          KoladaConfig.builder()
              .ownMunicipality("2380")
              .putIndicatorIds("N00001", "N00002")
              .build();
      QmsDocumentException e =
          assertThrows(
              QmsDocumentException.class,
              () ->
                  KoladaReader.of(config)
                      .read(
                          envelope(
                              datum("N00001", "2380", 2019, value("T", 1, "", "1")),
                              datum("N00002", "2380", 2019, value("T", 1, "", "2")))));
      assertEquals(QmsErrorCode.DUPLICATE_ID, e.code());
      assertEquals("/values/1", e.errors().get(0).pointer());
    }

    @Test
    void duplicateGenderAcrossPages_namesBothPages() {
      QmsDocumentException e =
          assertThrows(
              QmsDocumentException.class,
              () ->
                  KoladaReader.of(KoladaConfig.of("2380"))
                      .readPages(
                          List.of(
                              envelope(datum("N00001", "2380", 2019, value("T", 1, "", "1"))),
                              envelope(datum("N00001", "2380", 2019, value("T", 1, "", "2"))))));
      DocumentError error = e.errors().get(0);
      assertEquals(QmsErrorCode.KOLADA_BODY_MALFORMED, error.code());
      assertEquals("/values/0/values/0/gender", error.pointer());
      assertTrue(error.messageEn().startsWith("page 2: "), error.messageEn());
      assertTrue(error.messageEn().contains("page 1 /values/0/values/0"), error.messageEn());
    }

    @Test
    void everyErrorIsCollected_inDocumentOrder() {
      QmsDocumentException e =
          assertThrows(
              QmsDocumentException.class,
              () ->
                  KoladaReader.of(KoladaConfig.of("2380"))
                      .read(
                          "{\"values\":[{\"kpi\":\"n1\",\"municipality\":\"23800\",\"period\":1800,\"values\":["
                              + "{\"gender\":\"X\",\"count\":-1,\"value\":\"82\"}]}],\"count\":2}"));
      assertEquals(
          List.of(
              "/values/0/kpi KOLADA_BODY_MALFORMED",
              "/values/0/municipality KOLADA_BODY_MALFORMED",
              "/values/0/period JSON_CONSTRAINT_VIOLATED",
              "/values/0/values/0/gender JSON_UNKNOWN_ENUM",
              "/values/0/values/0/count JSON_CONSTRAINT_VIOLATED",
              "/values/0/values/0/value JSON_WRONG_TYPE",
              "/count KOLADA_BODY_MALFORMED"),
          e.errors().stream()
              .map(x -> x.pointer() + " " + x.code().name())
              .collect(Collectors.toList()));
      assertTrue(
          e.errors().stream().allMatch(x -> !x.messageSv().isBlank() && !x.messageEn().isBlank()));
      assertEquals(Optional.of("X"), e.errors().get(3).rejectedValue());
    }

    @Test
    void rejectedValueShapedLikeAPersonalIdentityNumber_isWithheld() {
      QmsDocumentException e =
          assertThrows(
              QmsDocumentException.class,
              () -> read("2380", datum("N00001", "19121212-1212", 2019, value("T", 1, "", "1"))));
      assertTrue(e.errors().get(0).rejectedValue().orElseThrow().startsWith("(withheld"));
    }
  }

  static KoladaImport read(String own, String... data) {
    return KoladaReader.of(KoladaConfig.of(own)).read(envelope(data));
  }

  static String envelope(String... data) {
    return "{\"values\":[" + String.join(",", data) + "],\"count\":" + data.length + "}";
  }

  static String datum(String kpi, String municipality, int year, String... values) {
    return "{\"kpi\":\""
        + kpi
        + "\",\"municipality\":\""
        + municipality
        + "\",\"period\":"
        + year
        + ",\"values\":["
        + String.join(",", values)
        + "]}";
  }

  static String value(String gender, int count, String status, String value) {
    return "{\"gender\":\""
        + gender
        + "\",\"count\":"
        + count
        + ",\"status\":\""
        + status
        + "\",\"value\":"
        + value
        + "}";
  }
}
