package se.qms.core.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

class TaxonomyTest {
  @Test
  void presets_holdThePrintedLabels() {
    assertEquals(
        List.of(
            "Kommunikation och information",
            "Utbildning, kompetens",
            "Omgivning och organisation",
            "Teknik, utrustning och apparatur",
            "Procedur, rutiner, riktlinjer",
            "Övriga"),
        labels(TaxonomyPreset.DEVIATION_CAUSES));
    assertEquals(4, labels(TaxonomyPreset.DEVIATION_NONCONFORMITIES).size());
    assertEquals(
        List.of("Tillgänglighet", "Bemötande", "Kompetens", "Tjänsten fungerar inte", "Övrigt"),
        labels(TaxonomyPreset.COMPLAINT_SUBJECTS));
    assertEquals(
        List.of("Handläggning", "Tillgänglighet"),
        labels(TaxonomyPreset.COMPLAINT_SUBJECTS_CASEWORK));
  }

  @Test
  void codes_areMadeFromLabels() {
    Taxonomy t = TaxonomyPreset.DEVIATION_CAUSES.taxonomy();
    assertEquals("teknik-utrustning-och-apparatur", t.categories().get(3).code());
    assertEquals("ovriga", t.categories().get(5).code());
    assertEquals(t.categories().get(0), t.byLabel(" kommunikation och information ").orElseThrow());
  }

  @Test
  void unknownCode_throwsCategoryUnknown() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> TaxonomyPreset.COMPLAINT_SUBJECTS.taxonomy().require("bemotande-x"));
    assertEquals(QmsErrorCode.CATEGORY_UNKNOWN, e.code());
  }

  @Test
  void duplicateLabels_orCodes_areRejected() {
    assertEquals(
        QmsErrorCode.DUPLICATE_ID,
        assertThrows(
                InvalidValueException.class, () -> Taxonomy.ofLabels("x", "Bemötande", "bemötande"))
            .code());
    assertEquals(
        QmsErrorCode.DUPLICATE_ID,
        assertThrows(
                InvalidValueException.class,
                () -> Taxonomy.of("x", List.of(Category.of("a", "A"), Category.of("a", "B"))))
            .code());
  }

  @Test
  void malformedCode_isRejected() {
    assertEquals(
        QmsErrorCode.VALUE_MALFORMED,
        assertThrows(InvalidValueException.class, () -> Category.of("Bemötande", "Bemötande"))
            .code());
  }

  @Test
  void with_addsAtTheEnd() {
    Taxonomy t =
        TaxonomyPreset.COMPLAINT_SUBJECTS_CASEWORK.taxonomy().with(Category.ofLabel("Bemötande"));
    assertEquals(3, t.categories().size());
    assertTrue(t.contains(Category.of("bemotande", "Bemötande")));
  }

  private static List<String> labels(TaxonomyPreset preset) {
    return preset.taxonomy().categories().stream()
        .map(Category::label)
        .collect(Collectors.toList());
  }
}
