package se.qms.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QmsTest {
  /** The outcome of one command-line run. */
  static final class Run {
    final int exit;
    final String out;
    final String err;

    Run(String... args) {
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      ByteArrayOutputStream e = new ByteArrayOutputStream();
      exit =
          Qms.run(
              List.of(args),
              new PrintStream(o, true, StandardCharsets.UTF_8),
              new PrintStream(e, true, StandardCharsets.UTF_8));
      out = o.toString(StandardCharsets.UTF_8);
      err = e.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void help_listsCommandsAndExitCodes() {
    Run run = new Run("--help");
    assertEquals(Qms.EXIT_OK, run.exit);
    assertTrue(run.out.contains("processes"));
    assertTrue(run.out.contains("Exit codes: 0 ok, 1 findings"));
  }

  @Test
  void noArguments_isAUsageError() {
    assertEquals(Qms.EXIT_USAGE, new Run().exit);
  }

  @Test
  void commandHelp_printsUsage() {
    Run run = new Run("processes", "--help");
    assertEquals(Qms.EXIT_OK, run.exit);
    assertTrue(run.out.startsWith("qms processes"));
  }

  @Nested
  class Errors {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "frobnicate",
          "processes --sample nowhere",
          "processes --as-of 2016-13-01",
          "processes --as-of",
          "processes --lang fi",
          "processes --colour red",
          "processes extra",
          "processes --sample katrineholm-2018",
          "responsibilities --sample ornskoldsvik-2016",
          "measures --sample katrineholm-2018"
        })
    void badInput_exitsWithUsage_andOneCodedLineWithoutStackTrace(String line) {
      Run run = new Run(line.split(" "));
      assertEquals(Qms.EXIT_USAGE, run.exit, run.err);
      assertTrue(run.err.contains("QMS-"), run.err);
      assertFalse(run.err.contains("\tat "), run.err);
      assertFalse(run.err.contains("Exception"), run.err);
    }
  }

  @Nested
  class Processes {
    private final Run run = new Run("processes");

    @Test
    void printsTheWholeMapOfTheDefaultSample() {
      assertEquals(Qms.EXIT_OK, run.exit, run.err);
      assertTrue(run.out.contains("2.1.2.3.5 Dokumentera, utreda och avhjälpa"));
      assertTrue(run.out.contains("2.2.1.6.27 Beroenderesursteam-stöd"));
    }

    @Test
    void summary_countsAreasAndProcessesPerCategory() {
      assertTrue(run.out.matches("(?s).*Ledningsprocesser\\s+10\\s+46\\s+2\\s+46\\s+13\\s+0\\s+—.*"), run.out);
      assertTrue(run.out.matches("(?s).*Huvudprocesser\\s+8\\s+88\\s+52\\s+88\\s+5\\s+0\\s+—.*"));
      assertTrue(run.out.matches("(?s).*Stödprocesser\\s+7\\s+20\\s+7\\s+20\\s+1\\s+0\\s+—.*"));
    }

    @Test
    void showsTargets_andOverdueOnlyAfterTheTargetDate() {
      assertTrue(run.out.contains("mål 8 senast 2017-12-31]"));
      assertFalse(run.out.contains("försenat"));
      Run later = new Run("processes", "--as-of", "2018-01-01", "--lang", "en");
      assertTrue(later.out.contains("target 8 by 2017-12-31 – overdue]"), later.out);
    }
  }

  @Test
  void responsibilities_printsEveryPhase() {
    Run run = new Run("responsibilities");
    assertEquals(Qms.EXIT_OK, run.exit, run.err);
    for (String phase : new String[] {"PLANERING", "GENOMFÖRANDE", "UTVÄRDERING", "STÄNDIGA FÖRBÄTTRINGAR"}) {
      assertTrue(run.out.contains(phase), phase);
    }
    assertTrue(run.out.contains("att ta emot och utreda synpunkter och klagomål"));
  }

  @Test
  void measures_showLightsTrendsAndComparisons() {
    Run siq = new Run("measures");
    assertEquals(Qms.EXIT_OK, siq.exit, siq.err);
    assertTrue(siq.out.contains("Kundorientering\n  2016: 3,95  Grön (Uppnått)".replace("\n", System.lineSeparator())), siq.out);
    assertTrue(siq.out.contains("2016: 3,51  Gul (Delvis uppnått)"));
    Run saffle = new Run("measures", "--sample", "saffle-2019");
    assertTrue(saffle.out.contains("2019: 100  Ökande (Förbättring)"), saffle.out);
    Run ostersund = new Run("measures", "--sample", "ostersund-2020", "--lang", "en");
    assertTrue(ostersund.out.contains("2019: 4  | better than liknande kommuner (11)"), ostersund.out);
  }

  @Test
  void samples_listsBoth() {
    Run run = new Run("samples");
    assertEquals(Qms.EXIT_OK, run.exit);
    assertTrue(run.out.contains("ornskoldsvik-2016"));
    assertTrue(run.out.contains("katrineholm-2018"));
  }
}
