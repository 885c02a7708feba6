package se.qms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

class EventAnalysisTest {
  private static final LocalDate DAY = LocalDate.of(2016, 11, 2);
  private static final RootCauseTaxonomy TAXONOMY = RootCauseTaxonomy.defaults();
  private static final RootCause MISSING_ROUTINE =
      RootCause.of(TAXONOMY.find("procedurer-rutiner-riktlinjer").orElseThrow(), "Avsaknad av rutiner");

  private static EventAnalysis initiated() {
    return EventAnalysis.initiate("HA-1", "Riskbedömning saknades i utredning", DAY);
  }

  private static EventAnalysis toSequence() {
    return initiated()
        .advance(EventAnalysisStep.FACTS_COLLECTED, DAY.plusDays(1))
        .advance(EventAnalysisStep.SEQUENCE_DESCRIBED, DAY.plusDays(2));
  }

  @Test
  void fullRun_takesEveryStepInOrder() {
    EventAnalysis done =
        toSequence()
            .identifyRootCauses(List.of(MISSING_ROUTINE), DAY.plusDays(3))
            .proposeActions(List.of("A-7"), DAY.plusDays(4))
            .advance(EventAnalysisStep.REPORTED, DAY.plusDays(5))
            .advance(EventAnalysisStep.DECIDED, DAY.plusDays(5))
            .advance(EventAnalysisStep.EVALUATED, DAY.plusDays(200));
    assertTrue(done.isComplete());
    assertEquals(8, done.history().size());
    assertEquals(List.of(MISSING_ROUTINE), done.rootCauses());
    assertEquals(List.of("A-7"), done.actionIds());
    assertEquals(StepCompleted.of(EventAnalysisStep.EVALUATED, DAY.plusDays(200)), done.lastEvent());
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> done.advance(EventAnalysisStep.EVALUATED, DAY.plusDays(201)));
    assertEquals(QmsErrorCode.EVENT_ANALYSIS_STEP_ORDER, e.code());
  }

  @Test
  void transition_appendsOneEvent_andLeavesTheOriginalUnchanged() {
    EventAnalysis start = initiated();
    EventAnalysis next = start.advance(EventAnalysisStep.FACTS_COLLECTED, DAY);
    assertEquals(1, start.history().size());
    assertEquals(start.history(), next.history().subList(0, 1));
    assertEquals(EventAnalysisStep.FACTS_COLLECTED, next.currentStep());
    assertFalse(next.isComplete());
  }

  @ParameterizedTest
  @EnumSource(
      value = EventAnalysisStep.class,
      names = {"INITIATED", "SEQUENCE_DESCRIBED", "REPORTED", "EVALUATED"})
  void advance_skippingOrRepeatingAStep_throws(EventAnalysisStep step) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> initiated().advance(step, DAY));
    assertEquals(QmsErrorCode.EVENT_ANALYSIS_STEP_ORDER, e.code());
    assertEquals("step", e.field().orElseThrow());
  }

  @Test
  void advance_toRootCausesWithoutCauses_throws() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> toSequence().advance(EventAnalysisStep.ROOT_CAUSES_IDENTIFIED, DAY.plusDays(3)));
    assertEquals(QmsErrorCode.VALUE_MISSING, e.code());
  }

  @Test
  void identifyRootCauses_outOfOrder_throws() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> initiated().identifyRootCauses(List.of(MISSING_ROUTINE), DAY));
    assertEquals(QmsErrorCode.EVENT_ANALYSIS_STEP_ORDER, e.code());
  }

  @Test
  void rootCauseOutsideTheTaxonomy_throws() {
    RootCause foreign = RootCause.of(RootCauseCategory.of("ekonomi", "Ekonomi", "Finance"), "Budget");
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> toSequence().identifyRootCauses(List.of(foreign), DAY.plusDays(3)));
    assertEquals(QmsErrorCode.ROOT_CAUSE_CATEGORY_UNKNOWN, e.code());
  }

  @Test
  void ownTaxonomy_acceptsItsCategories() {
    RootCauseCategory workload = RootCauseCategory.of("arbetsbelastning", "Hög arbetsbelastning", "High workload");
    EventAnalysis a =
        EventAnalysis.initiate("HA-2", "Utredning inledd för sent", DAY, RootCauseTaxonomy.of(List.of(workload)))
            .advance(EventAnalysisStep.FACTS_COLLECTED, DAY)
            .advance(EventAnalysisStep.SEQUENCE_DESCRIBED, DAY)
            .identifyRootCauses(List.of(RootCause.of(workload, "Vakanta tjänster")), DAY);
    assertEquals(EventAnalysisStep.ROOT_CAUSES_IDENTIFIED, a.currentStep());
  }

  @Test
  void stepOnAnEarlierDay_throws() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> initiated().advance(EventAnalysisStep.FACTS_COLLECTED, DAY.minusDays(1)));
    assertEquals(QmsErrorCode.INCONSISTENT_VALUE, e.code());
  }

  @Test
  void restoredHistoryWithAGap_throws() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                EventAnalysis.builder()
                    .id("HA-3")
                    .title("x")
                    .addHistory(
                        StepCompleted.of(EventAnalysisStep.INITIATED, DAY),
                        StepCompleted.of(EventAnalysisStep.SEQUENCE_DESCRIBED, DAY))
                    .build());
    assertEquals(QmsErrorCode.EVENT_ANALYSIS_STEP_ORDER, e.code());
    assertEquals("history[1].step", e.field().orElseThrow());
  }

  @Test
  void emptyHistory_throws() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> EventAnalysis.builder().id("HA-4").title("x").build());
    assertEquals(QmsErrorCode.VALUE_MISSING, e.code());
  }

  @Test
  void defaultTaxonomy_hasTheSixCategories() {
    assertEquals(
        List.of(
            "Kommunikation och information",
            "Utbildning och kompetens",
            "Procedurer, rutiner och riktlinjer",
            "Organisation",
            "Teknik, utrustning och apparatur",
            "Omgivning"),
        TAXONOMY.categories().stream().map(RootCauseCategory::nameSv).collect(java.util.stream.Collectors.toList()));
    assertEquals(Optional.empty(), TAXONOMY.find("ekonomi"));
  }

  @Test
  void taxonomy_duplicateCode_throws() {
    RootCauseCategory a = RootCauseCategory.of("a", "A", "A");
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> RootCauseTaxonomy.of(List.of(a, RootCauseCategory.of("a", "B", "B"))));
    assertEquals(QmsErrorCode.DUPLICATE_ID, e.code());
    assertThrows(InvalidValueException.class, () -> RootCauseTaxonomy.of(List.of()));
  }

  @Test
  void category_malformedCode_throws() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> RootCauseCategory.of("Kommunikation", "K", "C"));
    assertEquals(QmsErrorCode.VALUE_MALFORMED, e.code());
  }

  @Test
  void steps_nextFollowsTheOrder() {
    assertEquals(Optional.of(EventAnalysisStep.FACTS_COLLECTED), EventAnalysisStep.INITIATED.next());
    assertEquals(Optional.empty(), EventAnalysisStep.EVALUATED.next());
  }
}
