package se.qms.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.lexsarah.LexSarahCase;
import se.qms.core.lexsarah.LexSarahRegister;
import se.qms.core.unexecuted.FavourableDecision;
import se.qms.core.unexecuted.UnexecutedDecisionRegister;
import se.qms.testing.QmsGenerators;

/**
 * Nothing is lost: every history entry of every case survives writing and reading, and a read that
 * fails returns nothing at all — not the elements before the error, not a shorter document.
 */
class HistoryRoundTripProperties {
  private final QmsJson json = QmsJson.strict();

  /** The committee and units the generated lex Sarah cases name. */
  private static final se.qms.core.organisation.Organisation UNITS =
      se.qms.core.organisation.Organisation.of(
          List.of(
              unit("sn", se.qms.core.organisation.UnitKind.NAMND, null),
              unit("e1", se.qms.core.organisation.UnitKind.ENHET, "sn"),
              unit("e2", se.qms.core.organisation.UnitKind.ENHET, "sn"),
              unit("e3", se.qms.core.organisation.UnitKind.ENHET, "sn")));

  private static se.qms.core.organisation.OrganisationUnit unit(
      String id, se.qms.core.organisation.UnitKind kind, String parent) {
    return se.qms.core.organisation.OrganisationUnit.builder()
        .id(id)
        .name("Enhet " + id)
        .kind(kind)
        .parentId(java.util.Optional.ofNullable(parent))
        .build();
  }

  private static <T> List<T> unique(List<T> values, java.util.function.Function<T, String> id) {
    Map<String, T> byId = new LinkedHashMap<>();
    values.forEach(v -> byId.putIfAbsent(id.apply(v), v));
    return new ArrayList<>(byId.values());
  }

  @Test
  void lexSarahCasesAndDecisions_keepEveryHistoryEntry() {
    qt().withExamples(150)
        .forAll(
            lists().of(QmsGenerators.lexSarahCases()).ofSizeBetween(0, 6),
            lists().of(QmsGenerators.favourableDecisions()).ofSizeBetween(0, 6))
        .checkAssert(
            (drawnCases, drawnDecisions) -> {
              List<LexSarahCase> cases = unique(drawnCases, LexSarahCase::id);
              List<FavourableDecision> decisions = unique(drawnDecisions, FavourableDecision::id);
              QualitySystem system =
                  QualitySystem.builder()
                      .name("Historik")
                      .organisation(UNITS)
                      .addParts(LexSarahRegister.of(cases))
                      .addParts(UnexecutedDecisionRegister.of(decisions, List.of()))
                      .build();
              QualitySystem read = json.readQualitySystem(json.write(system));
              List<LexSarahCase> readCases = read.part(LexSarahRegister.class).map(LexSarahRegister::cases).orElse(List.of());
              assertEquals(cases.size(), readCases.size());
              for (int i = 0; i < cases.size(); i++) {
                assertEquals(cases.get(i).history(), readCases.get(i).history(), cases.get(i).id());
              }
              List<FavourableDecision> readDecisions =
                  read.part(UnexecutedDecisionRegister.class)
                      .map(UnexecutedDecisionRegister::decisions)
                      .orElse(List.of());
              assertEquals(decisions.size(), readDecisions.size());
              for (int i = 0; i < decisions.size(); i++) {
                assertEquals(decisions.get(i).history(), readDecisions.get(i).history(), decisions.get(i).id());
              }
              assertEquals(cases, readCases);
              assertEquals(decisions, readDecisions);
            });
  }

  @Test
  void complaintsAndDeviations_keepEveryHistoryEntry() {
    qt().withExamples(100)
        .forAll(JsonGenerators.qualitySystems())
        .checkAssert(
            system -> {
              QualitySystem read = json.readQualitySystem(json.write(system));
              assertEquals(system.complaints().size(), read.complaints().size());
              for (int i = 0; i < system.complaints().size(); i++) {
                assertEquals(system.complaints().get(i).history(), read.complaints().get(i).history());
              }
              for (int i = 0; i < system.deviations().size(); i++) {
                assertEquals(system.deviations().get(i).history(), read.deviations().get(i).history());
              }
            });
  }

  /** Reading is all or nothing: a document cut anywhere, or wrong only in its last element, reads as nothing. */
  @Test
  void aFailedRead_returnsNoPartialModel() {
    byte[] doc = MalformedCorpus.QS;
    for (int end = 0; end < doc.length - 1; end += 37) {
      byte[] cut = java.util.Arrays.copyOf(doc, end);
      assertThrows(QmsDocumentException.class, () -> json.readQualitySystem(cut), "cut at " + end);
    }
    String text = new String(doc, StandardCharsets.UTF_8);
    int last = text.lastIndexOf("\"id\" : \"");
    byte[] lastWrong =
        (text.substring(0, last) + "\"id\" : 17, \"x" + text.substring(last + 7)).getBytes(StandardCharsets.UTF_8);
    QmsDocumentException e =
        assertThrows(QmsDocumentException.class, () -> json.readQualitySystem(lastWrong));
    assertEquals(false, e.errors().isEmpty());
  }
}
