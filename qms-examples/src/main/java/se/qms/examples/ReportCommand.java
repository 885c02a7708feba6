package se.qms.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.qms.core.QmsErrorCode;
import se.qms.core.QmsException;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import se.qms.core.measure.Period;
import se.qms.core.report.Disclosure;
import se.qms.core.report.HtmlRenderer;
import se.qms.core.report.MarkdownRenderer;
import se.qms.core.report.QualityReport;
import se.qms.core.report.ReportLanguage;
import se.qms.core.report.TableIssue;
import se.qms.json.QmsJson;

/**
 * {@code qms report}: generates the kvalitetsberättelse of a year from a quality-system document
 * and writes it as HTML, Markdown and JSON into a folder, each file written whole or not at all.
 * Exit 1 when the consistency checker finds a table whose figures do not follow from each other.
 */
final class ReportCommand implements Command {
  private static final Set<String> FORMATS = Set.of("html", "md", "json");

  @Override
  public String name() {
    return "report";
  }

  @Override
  public String summary() {
    return "write the kvalitetsberättelse (quality report) of a year as HTML, Markdown and JSON";
  }

  @Override
  public String usage() {
    return "qms report <quality-system.json> --year <y> --out <dir> [--rules <rule-set.json>] [--lang sv|en]"
        + " [--format html,md,json] [--public <n>]\n"
        + "  --year    the year to report, e.g. 2016 (required)\n"
        + "  --out     the folder to write into; created if missing (required)\n"
        + "  --rules   a rule-set document: light policies, risk policy, time limits (default: the defaults)\n"
        + "  --lang    the report's language (default sv)\n"
        + "  --format  a comma-separated list of html, md and json (default all three)\n"
        + "  --public  a public edition: counts from 1 to n-1 are shown as <n (default: the internal edition)";
  }

  @Override
  public int run(List<String> words, PrintStream out) {
    Arguments args = Arguments.parse(words, Set.of("year", "out", "rules", "lang", "format", "public"));
    if (args.positionals().size() != 1) {
      throw Arguments.usage("give exactly one quality-system file to report on");
    }
    int year = integer(args.option("year").orElseThrow(() -> Arguments.usage("--year is required")), "--year");
    if (year < Period.MIN_YEAR || year > Period.MAX_YEAR) {
      throw Arguments.usage("--year must lie in [" + Period.MIN_YEAR + ", " + Period.MAX_YEAR + "], was " + year);
    }
    Path dir = Path.of(args.option("out").orElseThrow(() -> Arguments.usage("--out is required")));
    Language lang = Language.of(args.choice("lang", "sv", Language.CODES));
    ReportLanguage language = lang == Language.EN ? ReportLanguage.EN : ReportLanguage.SV;
    Set<String> formats = new LinkedHashSet<>();
    for (String f : args.option("format").orElse("html,md,json").split(",", -1)) {
      if (!FORMATS.contains(f.strip())) {
        throw Arguments.usage("--format takes html, md and json separated by commas, was " + f);
      }
      formats.add(f.strip());
    }
    Disclosure disclosure =
        args.option("public").isPresent()
            ? publicEdition(integer(args.option("public").get(), "--public"))
            : Disclosure.internal();
    Path file = Path.of(args.positionals().get(0));
    List<Path> inputs = new ArrayList<>(List.of(file));
    args.option("rules").ifPresent(r -> inputs.add(Path.of(r)));
    String base = lang.pick("kvalitetsberattelse-", "quality-report-") + year
        + (disclosure.isPublic() ? lang.pick("-offentlig", "-public") : "");
    for (String format : formats) {
      Outputs.requireNotAnInput(dir.resolve(base + "." + format), inputs);
    }
    QmsJson json = QmsJson.strict();
    QualitySystem system = json.readQualitySystem(ValidateCommand.read(file));
    RuleSet rules = ValidateCommand.ruleSet(args, json);
    QualityReport report =
        QmsJson.reportGenerator().generate(system, rules, year).withDisclosure(disclosure);
    List<TableIssue> issues = report.check(language);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new QmsException(QmsErrorCode.IO_FAILURE, "cannot create " + dir + ": " + e.getMessage());
    }
    List<Path> written = new ArrayList<>();
    for (String format : formats) {
      Path target = dir.resolve(base + "." + format);
      byte[] bytes =
          format.equals("json")
              ? json.write(report)
              : (format.equals("html")
                      ? HtmlRenderer.render(report, language)
                      : MarkdownRenderer.render(report, language))
                  .getBytes(StandardCharsets.UTF_8);
      KoladaCommand.writeAtomically(target, bytes);
      written.add(target);
    }
    for (Path p : written) {
      out.println(lang.pick("skrev ", "wrote ") + p.toAbsolutePath().normalize());
    }
    for (TableIssue issue : issues) {
      out.println(lang.pick("inkonsekvent: ", "inconsistent: ") + lang.pick(issue.messageSv(), issue.messageEn()));
    }
    out.println(
        report.organisation() + ", " + year + ": " + report.sections().size()
            + lang.pick(" avsnitt, ", " sections, ") + report.tables().size()
            + lang.pick(" tabeller, ", " tables, ") + report.developmentNeeds().size()
            + lang.pick(" utvecklingsbehov, ", " development needs, ") + issues.size()
            + lang.pick(" inkonsekvenser", " inconsistencies"));
    return issues.isEmpty() ? Qms.EXIT_OK : Qms.EXIT_FINDINGS;
  }

  private static Disclosure publicEdition(int threshold) {
    if (threshold < 2 || threshold > 100) {
      throw Arguments.usage("--public must lie in [2, 100], was " + threshold);
    }
    return Disclosure.masked(threshold);
  }

  private static int integer(String text, String option) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw Arguments.usage(option + " must be a whole number, was " + text);
    }
  }
}
