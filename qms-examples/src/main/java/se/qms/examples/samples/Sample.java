package se.qms.examples.samples;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.organisation.Duty;
import se.qms.core.organisation.Organisation;
import se.qms.core.organisation.OrganisationUnit;
import se.qms.core.organisation.PdcaPhase;
import se.qms.core.organisation.ResponsibilityMatrix;
import se.qms.core.organisation.Role;
import se.qms.core.organisation.UnitKind;
import se.qms.core.process.ProcessCategory;
import se.qms.core.process.ProcessIndexTarget;
import se.qms.core.process.ProcessMap;
import se.qms.core.process.ProcessNode;
import se.qms.core.process.ProcessNodeKind;
import se.qms.core.process.ProcessNumber;
import se.qms.risk.PublishedRating;
import se.qms.risk.Risk;
import se.qms.risk.RiskAssessment;

/**
 * One bundled sample municipality: its organisation, process map, responsibility matrix and risk
 * register, as far as its source document gives them (the others are empty).
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

  private static final Map<String, String[]> CATALOGUE =
      Map.of(
          ORNSKOLDSVIK_2016,
          new String[] {
            "Örnsköldsviks kommun, Humanistiska nämnden – Kvalitetsberättelse 2016", "2016-12-31"
          },
          KATRINEHOLM_2018,
          new String[] {"Katrineholms kommun, Socialnämnden – Kvalitetsledningssystem 2018", "2018-12-31"});

  private final String name;
  private final String title;
  private final LocalDate reportDate;
  private final Organisation organisation;
  private final ProcessMap processMap;
  private final ResponsibilityMatrix responsibilityMatrix;
  private final List<Risk> risks;

  private Sample(
      String name,
      String title,
      LocalDate reportDate,
      Organisation organisation,
      ProcessMap processMap,
      ResponsibilityMatrix responsibilityMatrix,
      List<Risk> risks) {
    this.name = name;
    this.title = title;
    this.reportDate = reportDate;
    this.organisation = organisation;
    this.processMap = processMap;
    this.responsibilityMatrix = responsibilityMatrix;
    this.risks = risks;
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
    return new Sample(
        name,
        entry[0],
        LocalDate.parse(entry[1]),
        readOrganisation(dir + "organisation.tsv"),
        readProcessMap(dir + "process-map.tsv", dir + "processindex-targets.tsv"),
        readResponsibilities(dir + "responsibility-matrix.tsv", name),
        readRisks(dir + "risks.tsv"));
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

  /** The organisational units named in the document. */
  public Organisation organisation() {
    return organisation;
  }

  /** The process map; empty when the document has none. */
  public ProcessMap processMap() {
    return processMap;
  }

  /** The responsibility matrix; empty when the document has none. */
  public ResponsibilityMatrix responsibilityMatrix() {
    return responsibilityMatrix;
  }

  /**
   * The risk register: the risks of the document's summary of risk analyses, in its order; empty
   * when the document has none.
   */
  public List<Risk> risks() {
    return risks;
  }

  private static Organisation readOrganisation(String resource) {
    List<OrganisationUnit> units = new ArrayList<>();
    for (Tsv.Row row : Tsv.read(resource, 4)) {
      units.add(
          OrganisationUnit.builder()
              .id(row.get(0))
              .kind(enumValue(UnitKind.class, row, 1, "kind"))
              .name(row.get(2))
              .parentId(row.optional(3))
              .build());
    }
    return Organisation.of(units);
  }

  private static ProcessMap readProcessMap(String mapResource, String targetResource) {
    Map<ProcessNumber, ProcessIndexTarget> targets = new HashMap<>();
    for (Tsv.Row row : Tsv.read(targetResource, 4)) {
      int level;
      try {
        level = Integer.parseInt(row.get(1));
      } catch (NumberFormatException e) {
        throw row.invalid("targetLevel", row.get(1), "a whole number");
      }
      targets.put(ProcessNumber.parse(row.get(0)), ProcessIndexTarget.of(level, date(row, 2)));
    }
    List<ProcessNode> nodes = new ArrayList<>();
    for (Tsv.Row row : Tsv.read(mapResource, 4)) {
      ProcessNumber number = ProcessNumber.parse(row.get(0));
      ProcessNodeKind kind = enumValue(ProcessNodeKind.class, row, 1, "kind");
      ProcessNode.Builder node = ProcessNode.builder().number(number).kind(kind).title(row.get(2));
      if (kind == ProcessNodeKind.CATEGORY) {
        node.category(category(row));
      }
      row.optional(3)
          .map(Tsv::unescape)
          .filter(d -> !d.strip().equals("-"))
          .ifPresent(node::description);
      Optional.ofNullable(targets.remove(number)).ifPresent(node::processIndexTarget);
      nodes.add(node.build());
    }
    if (!targets.isEmpty()) {
      throw InvalidValueException.violates(
          QmsErrorCode.DANGLING_REFERENCE,
          targetResource,
          targets.keySet(),
          "must name processes of the process map");
    }
    return ProcessMap.of(nodes);
  }

  private static ResponsibilityMatrix readResponsibilities(String resource, String name) {
    List<Duty> duties = new ArrayList<>();
    for (Tsv.Row row : Tsv.read(resource, 4)) {
      duties.add(
          Duty.builder()
              .phase(enumValue(PdcaPhase.class, row, 0, "phase"))
              .role(Role.parse(row.get(1)))
              .text(row.get(2))
              .source(name + " §" + row.get(3))
              .build());
    }
    return ResponsibilityMatrix.of(duties);
  }

  /**
   * Columns: id, riskNumber, title, process, processNumber, basis, probability,
   * printedProbability, severity, printedSeverity, value, level, two section markers,
   * additionalRiskText, action, actionStatus, actionOrigin, actionPurpose. The process name, the
   * printed forms, the markers and the details of the action are not part of the risk model: a
   * risk links its process by number and its actions by id ({@code <riskId>-A1}).
   */
  private static List<Risk> readRisks(String resource) {
    List<Risk> risks = new ArrayList<>();
    for (Tsv.Row row : Tsv.read(resource, 19)) {
      Risk.Builder risk = Risk.builder().id(row.get(0)).title(row.get(2));
      row.optional(4).map(ProcessNumber::parse).ifPresent(risk::process);
      row.optional(5).ifPresent(risk::basis);
      risk.addAssessments(RiskAssessment.published(PublishedRating.parse(row.get(6), row.get(8))));
      row.optional(15).ifPresent(action -> risk.addActionIds(row.get(0) + "-A1"));
      risks.add(risk.build());
    }
    return List.copyOf(risks);
  }

  private static ProcessCategory category(Tsv.Row row) {
    String title = row.get(2).toLowerCase(Locale.ROOT);
    if (title.startsWith("ledning")) {
      return ProcessCategory.LEDNING;
    }
    if (title.startsWith("huvud") || title.startsWith("kärn")) {
      return ProcessCategory.HUVUD;
    }
    if (title.startsWith("stöd")) {
      return ProcessCategory.STOD;
    }
    throw row.invalid("title", row.get(2), "Ledningsprocesser, Huvudprocesser or Stödprocesser");
  }

  private static LocalDate date(Tsv.Row row, int column) {
    try {
      return LocalDate.parse(row.get(column));
    } catch (DateTimeParseException e) {
      throw row.invalid("date", row.get(column), "a date such as 2017-12-31");
    }
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, Tsv.Row row, int column, String field) {
    try {
      return Enum.valueOf(type, row.get(column));
    } catch (IllegalArgumentException e) {
      throw row.invalid(field, row.get(column), "one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }
}
