package se.qms.examples.samples;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.QmsException;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import se.qms.core.measure.Indicator;
import se.qms.core.measure.LightPolicy;
import se.qms.core.measure.MeasureData;
import se.qms.core.measure.Period;
import se.qms.core.organisation.Organisation;
import se.qms.core.organisation.ResponsibilityMatrix;
import se.qms.core.process.ProcessMap;
import se.qms.json.QmsJson;
import se.qms.risk.Risk;
import se.qms.risk.RiskRegister;

/**
 * One bundled sample municipality: its organisation, process map, responsibility matrix, measures,
 * risk register and egenkontroll (checklists, completed checklists, follow-up plan), as far as its
 * source document gives them (the others are empty).
 *
 * <p>In the process map a printed description of "-" means the organisation wrote none and becomes
 * an absent description. In the risk register every rating is a {@link PublishedRating} — the
 * figures as printed, decimal means included, with unknown assessors — and no date is known.
 * Immutable and thread-safe.
 */
public final class Sample {
  /** Örnsköldsvik, Kvalitetsberättelse 2016 (seed 000). */
  public static final String ORNSKOLDSVIK_2016 = "ornskoldsvik-2016";
  /** Katrineholm, Kvalitetsledningssystem 2018 (seed 002). */
  public static final String KATRINEHOLM_2018 = "katrineholm-2018";
  /** Säffle, Kvalitetsberättelse 2019 (seed 001). */
  public static final String SAFFLE_2019 = "saffle-2019";
  /** Nacka, Uppföljningsplan för kvalitet 2016 (seed 003). */
  public static final String NACKA_2016 = "nacka-2016";
  /** Östersund, Kvalitetsrapport 2020 (seed 004). */
  public static final String OSTERSUND_2020 = "ostersund-2020";

  private static final Map<String, String[]> CATALOGUE =
      Map.of(
          ORNSKOLDSVIK_2016,
          new String[] {
            "Örnsköldsviks kommun, Humanistiska nämnden – Kvalitetsberättelse 2016", "2016-12-31"
          },
          KATRINEHOLM_2018,
          new String[] {"Katrineholms kommun, Socialnämnden – Kvalitetsledningssystem 2018", "2018-12-31"},
          SAFFLE_2019,
          new String[] {"Säffle kommun, Socialnämnden – Kvalitetsberättelse 2019", "2019-12-31"},
          NACKA_2016,
          new String[] {"Nacka kommun, Socialnämnden – Uppföljningsplan för kvalitet 2016", "2016-12-31"},
          OSTERSUND_2020,
          new String[] {
            "Östersunds kommun, Social- och arbetsmarknadsförvaltningen – Kvalitetsrapport 2020",
            "2019-12-31"
          });

  private final String name;
  private final String title;
  private final LocalDate reportDate;
  private final QualitySystem qualitySystem;
  private final RuleSet ruleSet;
  private final List<PrintedJudgement> printedJudgements;

  private Sample(
      String name,
      String title,
      LocalDate reportDate,
      QualitySystem qualitySystem,
      RuleSet ruleSet,
      List<PrintedJudgement> printedJudgements) {
    this.name = name;
    this.title = title;
    this.reportDate = reportDate;
    this.qualitySystem = qualitySystem;
    this.ruleSet = ruleSet;
    this.printedJudgements = printedJudgements;
  }

  /** The names of the bundled samples, sorted. */
  public static List<String> names() {
    List<String> names = new ArrayList<>(CATALOGUE.keySet());
    names.sort(null);
    return List.copyOf(names);
  }

  /**
   * Loads a bundled sample.
   *
   * @param name one of {@link #names()}
   * @throws InvalidValueException with {@link QmsErrorCode#DANGLING_REFERENCE} for an unknown name
   */
  public static Sample load(String name) {
    requireNonNull(name, "name");
    String[] entry = CATALOGUE.get(name);
    if (entry == null) {
      throw InvalidValueException.violates(
          QmsErrorCode.DANGLING_REFERENCE, "sample", name, "must be one of " + names());
    }
    String dir = "/samples/" + name + "/";
    QualitySystem system = QmsJson.strict().readQualitySystem(resource(dir + "quality-system.json"));
    byte[] rules = optionalResource(dir + "rule-set.json");
    RuleSet ruleSet =
        rules == null
            ? RuleSet.builder().name(system.name()).build()
            : QmsJson.strict().readRuleSet(rules);
    return new Sample(
        name,
        entry[0],
        LocalDate.parse(entry[1]),
        system,
        ruleSet,
        readPublished(dir + "published.tsv"));
  }

  private static byte[] resource(String path) {
    byte[] bytes = optionalResource(path);
    if (bytes == null) {
      throw new QmsException(QmsErrorCode.IO_FAILURE, "missing sample resource " + path);
    }
    return bytes;
  }

  private static byte[] optionalResource(String path) {
    try (InputStream in = Sample.class.getResourceAsStream(path)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new QmsException(QmsErrorCode.IO_FAILURE, "cannot read sample resource " + path, e);
    }
  }

  private static List<PrintedJudgement> readPublished(String resource) {
    List<PrintedJudgement> printed = new ArrayList<>();
    for (Tsv.Row row : Tsv.read(resource, 5)) {
      PrintedJudgement.Kind kind;
      try {
        kind = PrintedJudgement.Kind.valueOf(row.get(0));
      } catch (IllegalArgumentException e) {
        throw row.invalid("kind", row.get(0), "TREND, LIGHT or COMPARISON");
      }
      printed.add(
          new PrintedJudgement(
              kind,
              row.get(1),
              Period.parse(row.get(2)),
              row.optional(3),
              row.get(4),
              row.place()));
    }
    return List.copyOf(printed);
  }

  /** The sample's name, e.g. {@code ornskoldsvik-2016}. */
  public String name() {
    return name;
  }

  /** The organisation and document the sample comes from. */
  public String title() {
    return title;
  }

  /** The last day of the year the document reports on. */
  public LocalDate reportDate() {
    return reportDate;
  }

  /** The sample as a quality system. */
  public QualitySystem qualitySystem() {
    return qualitySystem;
  }

  /** The sample's rule set; without policies where the document implies none. */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /** The organisational units named in the document. */
  public Organisation organisation() {
    return qualitySystem.organisation();
  }

  /** The process map; empty when the document has none. */
  public ProcessMap processMap() {
    return qualitySystem.processMap();
  }

  /** The responsibility matrix; empty when the document has none. */
  public ResponsibilityMatrix responsibilityMatrix() {
    return qualitySystem.responsibilities();
  }

  /** The indicators whose results the document prints. */
  public List<Indicator> indicators() {
    return qualitySystem.indicators();
  }

  /** The printed results (observations) and comparison values (references). */
  public MeasureData measureData() {
    return qualitySystem.measureData();
  }

  /** The traffic-light policy per indicator id, where the document implies one. */
  public Map<String, LightPolicy> lightPolicies() {
    return ruleSet.lightPolicies();
  }

  /** The trend words, lights and comparisons the document prints, to check against the numbers. */
  public List<PrintedJudgement> printedJudgements() {
    return printedJudgements;
  }

  /**
   * The risk register: the risks of the document's summary of risk analyses, in its order; empty
   * when the document has none.
   */
  public List<Risk> risks() {
    return qualitySystem.part(RiskRegister.class).map(RiskRegister::risks).orElse(List.of());
  }
}
