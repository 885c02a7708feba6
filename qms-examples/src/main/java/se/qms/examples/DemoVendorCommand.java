package se.qms.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import se.qms.core.QmsErrorCode;
import se.qms.core.QmsException;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import se.qms.core.measure.Period;
import se.qms.core.measure.PeriodKind;
import se.qms.core.organisation.OrganisationUnit;
import se.qms.core.unexecuted.Law;
import se.qms.core.unexecuted.QuarterReport;
import se.qms.core.unexecuted.QuarterReportEntry;
import se.qms.core.unexecuted.QuarterlyReporting;
import se.qms.core.unexecuted.UnexecutedDecisionPolicy;
import se.qms.core.unexecuted.UnexecutedDecisionRegister;
import se.qms.examples.vendor.CaseDatabase;
import se.qms.examples.vendor.CaseEdits;
import se.qms.examples.vendor.CaseYear;
import se.qms.examples.vendor.FindingsTable;
import se.qms.examples.vendor.FindingsWrite;
import se.qms.examples.vendor.NightlyJob;
import se.qms.examples.vendor.OnSaveCheck;
import se.qms.examples.vendor.StoredFinding;

/**
 * {@code qms demo-vendor}: the vendor example end to end — an H2 case database in a temporary
 * directory, a generated year, the nightly job twice (the second changes nothing), one case changed
 * and checked on save, then what a case worker and a quality officer see. The database is dropped
 * and the directory removed at the end.
 */
final class DemoVendorCommand implements Command {
  private static final int SHOWN_PER_UNIT = 3;

  @Override
  public String name() {
    return "demo-vendor";
  }

  @Override
  public String summary() {
    return "embed qms in a case-management system: H2 database, nightly job, on-save check";
  }

  @Override
  public String usage() {
    return "qms demo-vendor [--seed <n>] [--lang sv|en]\n"
        + "  --seed  the seed of the generated year (default 2024); the same seed prints the same\n"
        + "  --lang  language of the output (default sv)";
  }

  @Override
  public int run(List<String> words, PrintStream out) {
    Arguments args = Arguments.parse(words, Set.of("seed", "lang"));
    args.expectNoPositionals();
    long seed;
    try {
      seed = Long.parseLong(args.option("seed").orElse("2024"));
    } catch (NumberFormatException e) {
      throw Arguments.usage("--seed must be a whole number, was " + args.option("seed").orElse(""));
    }
    Language lang = Language.of(args.choice("lang", "sv", Language.CODES));
    Path dir;
    try {
      dir = Files.createTempDirectory("qms-demo-vendor");
    } catch (IOException e) {
      throw new QmsException(QmsErrorCode.IO_FAILURE, "cannot create a temporary directory: " + e.getMessage());
    }
    try {
      try (CaseDatabase db = CaseDatabase.inDirectory(dir).createSchema()) {
        demo(db, seed, lang, out);
        db.drop();
      }
    } finally {
      delete(dir);
    }
    return Qms.EXIT_OK;
  }

  private static void demo(CaseDatabase db, long seed, Language lang, PrintStream out) {
    Connection c = db.connection();
    Map<String, Integer> rows = CaseYear.seeded(seed).fill(c);
    out.println(lang.pick("Databas: H2 i en tillfällig katalog, ", "Database: H2 in a temporary directory, ")
        + lang.pick("år " + CaseYear.YEAR + " genererat (frö " + seed + "): ", "year " + CaseYear.YEAR + " generated (seed " + seed + "): ")
        + rows.toString().replaceAll("[{}]", ""));
    NightlyJob job = NightlyJob.of("Exempelkommun, socialnämnden", RuleSet.builder().name("Standard").build());
    for (int night = 1; night <= 2; night++) {
      FindingsWrite w = job.run(c, CaseYear.AS_OF);
      out.println(lang.pick("Nattkörning " + night + " per ", "Nightly run " + night + " as of ") + CaseYear.AS_OF + ": "
          + w.result().findings().size() + lang.pick(" iakttagelser; ", " findings; ")
          + counts(w, lang));
    }
    StoredFinding overdue =
        FindingsTable.open(c).stream()
            .filter(f -> f.ruleId().equals("complaint.answer-overdue"))
            .findFirst()
            .orElseThrow(() -> new QmsException(QmsErrorCode.INCONSISTENT_VALUE, "the year has no overdue complaint"));
    String subject = CaseEdits.answerComplaint(c, overdue.subject().substring("complaints/".length()), CaseYear.AS_OF);
    FindingsWrite saved = OnSaveCheck.of(job).check(c, CaseYear.AS_OF, subject);
    out.println(lang.pick("Sparat: " + subject + " besvarat " + CaseYear.AS_OF + "; kontroll vid sparande: ",
            "Saved: " + subject + " answered " + CaseYear.AS_OF + "; on-save check: ")
        + saved.result().findings().size() + lang.pick(" iakttagelser; ", " findings; ") + counts(saved, lang));

    QualitySystem system = job.reader().read(c).system();
    List<StoredFinding> open = FindingsTable.open(c);
    out.println();
    out.println(lang.pick("Handläggare: öppna iakttagelser per enhet (" + open.size() + ")",
        "Case worker: open findings per unit (" + open.size() + ")"));
    Map<String, List<StoredFinding>> byUnit = new LinkedHashMap<>();
    for (OrganisationUnit u : system.organisation().units()) {
      byUnit.put(u.id(), new ArrayList<>());
    }
    List<StoredFinding> noUnit = new ArrayList<>();
    for (StoredFinding f : open) {
      if (f.unitId().isPresent() && byUnit.containsKey(f.unitId().get())) {
        byUnit.get(f.unitId().get()).add(f);
      } else {
        noUnit.add(f);
      }
    }
    for (Map.Entry<String, List<StoredFinding>> e : byUnit.entrySet()) {
      if (!e.getValue().isEmpty()) {
        String name = system.organisation().unit(e.getKey()).map(OrganisationUnit::name).orElse(e.getKey());
        unit(name, e.getValue(), lang, out);
      }
    }
    if (!noUnit.isEmpty()) {
      unit(lang.pick("Hela förvaltningen", "The whole administration"), noUnit, lang, out);
    }

    UnexecutedDecisionPolicy policy = UnexecutedDecisionPolicy.defaults();
    QuarterlyReporting reporting = QuarterlyReporting.of(policy);
    Period quarter = Period.containing(PeriodKind.QUARTER, CaseYear.AS_OF).previous();
    UnexecutedDecisionRegister register = system.part(UnexecutedDecisionRegister.class).orElseThrow();
    QuarterReport report = reporting.report(register.decisions(), quarter);
    out.println();
    out.println(lang.pick("Kvalitetsansvarig: ej verkställda beslut " + quarter + ", att rapportera senast ",
            "Quality officer: decisions not carried out " + quarter + ", to report by ")
        + reporting.dueDate(quarter));
    for (Law law : Law.values()) {
      List<QuarterReportEntry> entries = report.entries(law);
      long fresh = entries.stream().filter(QuarterReportEntry::newlyReportable).count();
      long open2 = entries.stream().filter(QuarterReportEntry::openAtQuarterEnd).count();
      out.println("  " + law.name() + ": " + entries.size() + lang.pick(" beslut (", " decisions (") + fresh
          + lang.pick(" nya, ", " new, ") + open2 + lang.pick(" ej verkställda vid kvartalets slut, ", " not carried out at the quarter's end, ")
          + (entries.size() - open2) + lang.pick(" verkställda eller avslutade under kvartalet)", " carried out or ended in the quarter)"));
      entries.stream()
          .sorted(Comparator.comparingLong(QuarterReportEntry::monthsWaited).reversed().thenComparing(QuarterReportEntry::decisionId))
          .forEach(en -> out.println("    " + en.decisionId() + "  " + en.insats().label() + ", "
              + lang.pick(en.gender().swedish(), en.gender().english()) + lang.pick(", beslut ", ", decided ") + en.decided()
              + ", " + lang.pick(en.kind().swedish(), en.kind().english()).toLowerCase(java.util.Locale.ROOT)
              + lang.pick(" sedan ", " since ") + en.waitingSince() + ", " + en.monthsWaited() + lang.pick(" mån", " months")
              + en.delayReason().map(r -> ", " + lang.pick(r.swedish(), r.english())).orElse("")
              + en.closedOn().map(d -> lang.pick(", verkställt/avslutat ", ", carried out/ended ") + d).orElse("")));
    }
    long reportFindings = open.stream().filter(f -> f.ruleId().startsWith("unexecuted.report-")).count();
    out.println("  " + lang.pick("Öppna iakttagelser om kvartalsrapporter: ", "Open findings on quarterly reports: ") + reportFindings);
  }

  private static void unit(String name, List<StoredFinding> findings, Language lang, PrintStream out) {
    out.println("  " + name + ": " + findings.size());
    findings.stream()
        .sorted(Comparator.comparing(StoredFinding::severity).thenComparing(StoredFinding::subject))
        .limit(SHOWN_PER_UNIT)
        .forEach(f -> out.println("    " + lang.pick(f.severity().swedish(), f.severity().english()).toLowerCase(java.util.Locale.ROOT)
            + " " + f.subject() + ": " + lang.pick(f.messageSv(), f.messageEn())));
    if (findings.size() > SHOWN_PER_UNIT) {
      out.println("    " + lang.pick("… och " + (findings.size() - SHOWN_PER_UNIT) + " till", "… and " + (findings.size() - SHOWN_PER_UNIT) + " more"));
    }
  }

  private static String counts(FindingsWrite w, Language lang) {
    return w.inserted() + lang.pick(" nya, ", " inserted, ") + w.updated() + lang.pick(" ändrade, ", " updated, ")
        + w.reopened() + lang.pick(" återöppnade, ", " reopened, ") + w.closed() + lang.pick(" stängda, ", " closed, ")
        + w.unchanged() + lang.pick(" oförändrade; ", " unchanged; ") + w.rowsChanged()
        + lang.pick(" rader ändrade", " rows changed");
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      throw new QmsException(QmsErrorCode.IO_FAILURE, "cannot remove " + dir + ": " + e.getMessage());
    }
  }
}
