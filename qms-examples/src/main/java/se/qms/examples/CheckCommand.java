package se.qms.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import se.qms.core.compliance.ComplianceEngine;
import se.qms.core.compliance.ComplianceResult;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.FindingSeverity;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleOutcome;
import se.qms.core.compliance.RuleSet;
import se.qms.core.privacy.Redaction;
import se.qms.json.QmsJson;

/**
 * {@code qms check}: evaluates a quality system with the compliance engine (the core's rules and
 * qms-risk's) as of a day; exit 1 when any finding is an error.
 */
final class CheckCommand implements Command {
  @Override
  public String name() {
    return "check";
  }

  @Override
  public String summary() {
    return "check a quality system against SOSFS 2011:9 and a rule set; exit 1 with errors";
  }

  @Override
  public String usage() {
    return "qms check <quality-system.json> --as-of <date> [--rules <rule-set.json>] [--format text|json] [--lang sv|en]\n"
        + "  --as-of   the day to evaluate, e.g. 2016-12-31 (required)\n"
        + "  --rules   a rule-set document: light policies, risk policy, rule settings (default: the rules' defaults)\n"
        + "  --format  text (one line per finding, default) or json\n"
        + "  --lang    language of the messages in text form (default sv)";
  }

  @Override
  public int run(List<String> words, PrintStream out) {
    Arguments args = Arguments.parse(words, Set.of("as-of", "rules", "format", "lang"));
    if (args.positionals().size() != 1) {
      throw Arguments.usage("give exactly one quality-system file to check");
    }
    String asOfText = args.option("as-of").orElseThrow(() -> Arguments.usage("--as-of is required"));
    LocalDate asOf;
    try {
      asOf = LocalDate.parse(asOfText);
    } catch (DateTimeParseException e) {
      throw Arguments.usage("--as-of must be a date such as 2016-12-31, was " + asOfText);
    }
    String format = args.choice("format", "text", Set.of("text", "json"));
    Language lang = Language.of(args.choice("lang", "sv", Language.CODES));
    Path file = Path.of(args.positionals().get(0));
    QmsJson json = QmsJson.strict();
    QualitySystem system = json.readQualitySystem(ValidateCommand.read(file));
    RuleSet rules = ValidateCommand.ruleSet(args, json);
    // checked as exported: what it prints can hold nothing of a case flagged "skyddade
    // personuppgifter" but its id, whatever a rule's message names
    ComplianceResult result =
        ComplianceEngine.of(rules, QmsJson.complianceRules()).evaluate(Redaction.forExport(system), asOf);
    if (format.equals("json")) {
      out.println(toJson(file.toString(), result));
    } else {
      for (Finding f : result.findings()) {
        out.println(
            lang.pick(f.severity().swedish(), f.severity().english()).toLowerCase(java.util.Locale.ROOT)
                + " "
                + f.ruleId()
                + " "
                + f.subject()
                + ": "
                + lang.pick(f.messageSv(), f.messageEn())
                + " ["
                + f.basis()
                + "]");
      }
      out.println(
          file
              + ": "
              + result.count(FindingSeverity.ERROR)
              + lang.pick(" fel, ", " errors, ")
              + result.count(FindingSeverity.WARNING)
              + lang.pick(" varningar, ", " warnings, ")
              + result.count(FindingSeverity.INFO)
              + lang.pick(" upplysningar per ", " notes as of ")
              + asOf);
    }
    return result.hasErrors() ? Qms.EXIT_FINDINGS : Qms.EXIT_OK;
  }

  static String toJson(String file, ComplianceResult result) {
    StringBuilder s = new StringBuilder();
    s.append("{\"file\":").append(JsonErrors.quote(file))
        .append(",\"asOf\":").append(JsonErrors.quote(result.asOf().toString()))
        .append(",\"errors\":").append(result.count(FindingSeverity.ERROR))
        .append(",\"warnings\":").append(result.count(FindingSeverity.WARNING))
        .append(",\"info\":").append(result.count(FindingSeverity.INFO))
        .append(",\"rules\":[");
    for (int i = 0; i < result.outcomes().size(); i++) {
      RuleOutcome o = result.outcomes().get(i);
      s.append(i == 0 ? "" : ",").append("{\"ruleId\":").append(JsonErrors.quote(o.ruleId()))
          .append(",\"status\":").append(JsonErrors.quote(o.status().name()))
          .append(",\"findings\":").append(o.findings().size()).append('}');
    }
    s.append("],\"findings\":[");
    for (int i = 0; i < result.findings().size(); i++) {
      Finding f = result.findings().get(i);
      s.append(i == 0 ? "" : ",").append("{\"ruleId\":").append(JsonErrors.quote(f.ruleId()))
          .append(",\"severity\":").append(JsonErrors.quote(f.severity().name()))
          .append(",\"subject\":").append(JsonErrors.quote(f.subject()))
          .append(",\"basis\":").append(JsonErrors.quote(f.basis()))
          .append(",\"messageSv\":").append(JsonErrors.quote(f.messageSv()))
          .append(",\"messageEn\":").append(JsonErrors.quote(f.messageEn())).append('}');
    }
    return s.append("]}").toString();
  }
}
