package se.qms.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.qms.core.measure.Period;
import se.qms.core.unexecuted.CountTable;
import se.qms.core.unexecuted.FavourableDecision;
import se.qms.core.unexecuted.Law;
import se.qms.core.unexecuted.UnexecutedDecisionPolicy;
import se.qms.core.unexecuted.UnexecutedDecisionRegister;
import se.qms.core.unexecuted.UnexecutedStatistics;
import se.qms.core.unexecuted.WaitingKind;
import se.qms.core.unexecuted.WaitingTimeScale;

/**
 * The tables on decisions not carried out of seed 001 (Tabell 11–14) and seed 004 (§6.4.5),
 * rebuilt from the decision records of the samples with the default policy: three calendar months
 * from the decision or the interruption.
 */
class UnexecutedDecisionSamplesTest {
  private static final UnexecutedDecisionPolicy POLICY = UnexecutedDecisionPolicy.defaults();

  private static List<FavourableDecision> decisions(String sample) {
    return Sample.load(sample)
        .qualitySystem()
        .part(UnexecutedDecisionRegister.class)
        .orElseThrow()
        .check(POLICY)
        .decisions();
  }

  /** Each row as "label: c1 c2 …" over the given columns. */
  private static List<String> rows(CountTable t, String... columns) {
    List<String> out = new ArrayList<>();
    for (String r : t.rows()) {
      StringBuilder line = new StringBuilder(t.rowLabel(r)).append(':');
      for (String c : columns) {
        line.append(' ').append(t.count(r, c));
      }
      out.add(line.toString());
    }
    return out;
  }

  /** Seed 001, Säffle 2019: "under 2019 rapporterat sammanlagt 53 gynnande beslut". */
  @Nested
  class Saffle2019 {
    private final List<FavourableDecision> all = decisions(Sample.SAFFLE_2019);
    private final UnexecutedStatistics reported =
        UnexecutedStatistics.reportedDuring(POLICY, all, Period.year(2019));

    @Test
    void fiftyThreeReported_32SoL_21LSS() {
      assertEquals(53, reported.size());
      assertEquals(all.size(), reported.size(), "every record of the sample was reported in 2019");
      assertEquals(32, reported.only(Law.SOL).size());
      assertEquals(21, reported.only(Law.LSS).size());
    }

    /** Tabell 11: Antal beslut, Män, Kvinnor, Resursbrist, Tackat nej, Annan orsak. */
    @Test
    void table11_sol_byKindGenderAndReason() {
      UnexecutedStatistics sol = reported.only(Law.SOL);
      assertEquals(
          List.of(
              "Dagverksamhet: 3 0",
              "Kontaktperson: 1 2",
              "Särskilt boende: 12 10",
              "Korttid: 0 1",
              "Hemtjänst: 0 1",
              "Larm: 1 1"),
          rows(sol.byInsatsAndGender(), "MAN", "WOMAN"));
      assertEquals(
          List.of(
              "Dagverksamhet: 0 1 2",
              "Kontaktperson: 3 0 0",
              "Särskilt boende: 9 13 0",
              "Korttid: 0 1 0",
              "Hemtjänst: 0 0 1",
              "Larm: 0 1 1"),
          rows(sol.byInsatsAndReason(), "RESOURCE_SHORTAGE", "DECLINED_OFFER", "OTHER"));
      assertEquals(0, sol.byInsatsAndReason().columnTotal("NOT_GIVEN"));
      CountTable byGender = sol.byInsatsAndGender();
      assertEquals(
          List.of(3, 3, 22, 1, 1, 2),
          byGender.rows().stream().map(byGender::rowTotal).collect(java.util.stream.Collectors.toList()));
    }

    /** Tabell 12: Kvinna 9, 6, -; Man 15, 1, 1 in 3–6, 6–12, över 12 månader. */
    @Test
    void table12_sol_byGenderAndWaitingTime() {
      assertEquals(
          List.of("Kvinna: 9 6 0", "Man: 15 1 1"),
          rows(
              reported.only(Law.SOL).byGenderAndWaitingTime(WaitingTimeScale.halfYearSteps()),
              "3-6",
              "6-12",
              "12+"));
    }

    /** Tabell 13. */
    @Test
    void table13_lss_byKindGenderAndReason() {
      UnexecutedStatistics lss = reported.only(Law.LSS);
      assertEquals(
          List.of(
              "Bostad med särskild service: 1 1",
              "Kontaktperson: 7 7",
              "Daglig verksamhet: 1 1",
              "Korttidstillsyn: 1 0",
              "Korttidsvistelse: 1 0",
              "Ledsagarservice: 1 0"),
          rows(lss.byInsatsAndGender(), "MAN", "WOMAN"));
      assertEquals(
          List.of(
              "Bostad med särskild service: 1 1 0",
              "Kontaktperson: 14 0 0",
              "Daglig verksamhet: 0 2 0",
              "Korttidstillsyn: 0 0 1",
              "Korttidsvistelse: 1 0 0",
              "Ledsagarservice: 1 0 0"),
          rows(lss.byInsatsAndReason(), "RESOURCE_SHORTAGE", "DECLINED_OFFER", "OTHER"));
    }

    /** Tabell 14: Kvinna 3, 4, 2; Man 7, 4, 1. */
    @Test
    void table14_lss_byGenderAndWaitingTime() {
      assertEquals(
          List.of("Kvinna: 3 4 2", "Man: 7 4 1"),
          rows(
              reported.only(Law.LSS).byGenderAndWaitingTime(WaitingTimeScale.halfYearSteps()),
              "3-6",
              "6-12",
              "12+"));
    }

    /** The reasons over both laws: 12 + 17 resursbrist, 16 + 3 tackat nej, 4 + 1 annan orsak. */
    @Test
    void reasonsOverBothLaws() {
      assertEquals(
          List.of("SoL: 12 16 4", "LSS: 17 3 1"),
          rows(reported.byLawAndReason(), "RESOURCE_SHORTAGE", "DECLINED_OFFER", "OTHER"));
    }
  }

  /** Seed 004 §6.4.5, Östersund: 97 decisions not executed in time as of 31 December 2019. */
  @Nested
  class Ostersund2019 {
    private final UnexecutedStatistics asOfYearEnd =
        UnexecutedStatistics.reportableOn(
            POLICY, decisions(Sample.OSTERSUND_2020), LocalDate.of(2019, 12, 31));

    @Test
    void ninetySeven_of_which_nineInterrupted() {
      assertEquals(97, asOfYearEnd.size());
      assertEquals(88, asOfYearEnd.only(WaitingKind.EXECUTION).size());
      assertEquals(9, asOfYearEnd.only(WaitingKind.RESUMPTION).size());
    }

    /** "Tolv beslut avsåg familjebehandling varav sex … kvinnor och sex … män, 84 … 49 … 35 …". */
    @Test
    void byKindAndGender() {
      CountTable t = asOfYearEnd.byInsatsAndGender();
      assertEquals(6, t.count("sol-familjebehandling", "WOMAN"));
      assertEquals(6, t.count("sol-familjebehandling", "MAN"));
      assertEquals(49, t.count("sol-kontaktperson-familj", "WOMAN"));
      assertEquals(35, t.count("sol-kontaktperson-familj", "MAN"));
      assertEquals(1, t.count("sol-familjehem", "WOMAN"));
      assertEquals(0, t.count("sol-familjehem", "MAN"));
      assertEquals(3, t.rows().size());
    }

    /** "Avbrott i verkställighet har gjorts i åtta ärenden … kontaktperson/kontaktfamilj och i ett … familjehem." */
    @Test
    void interruptedByKind() {
      CountTable t = asOfYearEnd.only(WaitingKind.RESUMPTION).byInsatsAndGender();
      assertEquals(8, t.rowTotal("sol-kontaktperson-familj"));
      assertEquals(1, t.rowTotal("sol-familjehem"));
      assertEquals(9, t.total());
    }

    /** The table: Kontaktperson/-familj 14, 25, 12, 25; Familjebehandling 12; sum 26, 25, 12, 25. */
    @Test
    void bucketsExcludingInterruptions() {
      CountTable t =
          asOfYearEnd.only(WaitingKind.EXECUTION).byInsatsAndWaitingTime(WaitingTimeScale.quarterSteps());
      assertEquals(
          List.of("Familjebehandling: 12 0 0 0", "Kontaktperson/-familj: 14 25 12 25"),
          rows(t, "3-6", "6-9", "9-12", "12+"));
      assertEquals(
          List.of(26, 25, 12, 25),
          t.columns().stream().map(t::columnTotal).collect(java.util.stream.Collectors.toList()));
    }
  }
}
