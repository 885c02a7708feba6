package se.qms.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.qms.core.compliance.ComplianceRules;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import se.qms.core.improvement.Ratio;
import se.qms.core.measure.TrafficLight;
import se.qms.core.organisation.Organisation;
import se.qms.core.organisation.OrganisationUnit;
import se.qms.core.organisation.PersonRef;
import se.qms.core.organisation.UnitKind;
import se.qms.core.process.ProcessCategory;
import se.qms.core.process.ProcessMap;
import se.qms.core.process.ProcessNode;
import se.qms.core.process.ProcessNodeKind;
import se.qms.core.process.ProcessNumber;

/** Reports for the renderer tests: one generated from a small system, one with every block. */
final class ReportSamples {
  static final int YEAR = 2016;

  private ReportSamples() {}

  /** A small quality system: a nämnd with four units, three processes, one without an owner. */
  static QualitySystem system(String name) {
    Organisation organisation =
        Organisation.of(
            List.of(
                OrganisationUnit.of("n", "Humanistiska nämnden", UnitKind.NAMND),
                OrganisationUnit.of("f", "Socialförvaltningen", UnitKind.FORVALTNING, "n"),
                OrganisationUnit.of("e1", "Hemtjänst Centrum", UnitKind.ENHET, "f"),
                OrganisationUnit.of("e2", "Boende Solgläntan", UnitKind.ENHET, "f")));
    ProcessMap map =
        ProcessMap.of(
            List.of(
                ProcessNode.category(ProcessNumber.parse("2.1"), ProcessCategory.HUVUD, "Huvudprocesser"),
                ProcessNode.of(ProcessNumber.parse("2.1.1"), ProcessNodeKind.AREA, "Utföra insatser"),
                process("2.1.1.1", true),
                process("2.1.1.2", false),
                ProcessNode.category(ProcessNumber.parse("2.2"), ProcessCategory.STOD, "Stödprocesser"),
                ProcessNode.of(ProcessNumber.parse("2.2.1"), ProcessNodeKind.AREA, "Stödja"),
                process("2.2.1.1", true)));
    return QualitySystem.builder().name(name).organisation(organisation).processMap(map).build();
  }

  private static ProcessNode process(String number, boolean owned) {
    ProcessNode.Builder b =
        ProcessNode.builder()
            .number(ProcessNumber.parse(number))
            .kind(ProcessNodeKind.PROCESS)
            .title("Process " + number);
    if (owned) {
      b.owner(PersonRef.of("po-" + number, "Processägare"));
    }
    return b.build();
  }

  /** The report the core generator writes for {@link #system(String)}. */
  static QualityReport generated(String name) {
    return ReportGenerator.of(ReportGenerator.coreContributors(), ComplianceRules.core())
        .generate(system(name), RuleSet.builder().name("Kommunens regler").build(), YEAR);
  }

  /**
   * The generated report with what other modules contribute, built by hand: measures with lights
   * and a missing value, the risk matrix, complaints with small counts and development needs.
   */
  static QualityReport full(String name) {
    QualityReport base = generated(name);
    List<ReportSection> sections = new ArrayList<>();
    for (ReportSection s : base.sections()) {
      List<ReportBlock> blocks = new ArrayList<>(s.blocks());
      switch (s.kind()) {
        case PROCESSES:
          blocks = List.of(measures());
          break;
        case RISKS:
          blocks = List.of(riskParagraph(), riskMatrix());
          break;
        case COMPLAINTS:
          blocks = List.of(complaints());
          break;
        case ANALYSIS:
          ReportDraft draft = new ReportDraft();
          Needs.write(needs(), draft);
          blocks = draft.blocks(SectionKind.ANALYSIS);
          break;
        default:
          break;
      }
      sections.add(s.withBlocks(blocks));
    }
    return new QualityReport(
        base.organisation(), base.year(), base.asOf(), Disclosure.internal(), sections, needs(), null);
  }

  static ReportTable measures() {
    List<RecordRef> src = List.of(RecordRef.of("observations", "m1@2016"));
    ReportTable.Builder t =
        ReportTable.builder(
                "measures",
                Text.of("Mått med målvärden och utfall 2016", "Measures with targets and results 2016"),
                Text.of("Mått", "Measure"))
            .columns(
                Text.of("Målvärde", "Target"),
                Text.of("Utfall", "Result"),
                Text.of("Bedömning", "Assessment"))
            .note(Text.of("Källa: kvalitetssystemets mätvärden och Kolada.", "Source: the quality system's observations and Kolada."));
    t.row(
        ReportRow.of(
            Text.of("Andel brukare som är nöjda med bemötandet"),
            List.of(
                ReportCell.number(92, 0, Text.of("%"), src),
                ReportCell.number(76.96, 2, Text.of("%"), src),
                ReportCell.light(TrafficLight.RED, src))));
    t.row(
        ReportRow.of(
            Text.of("Utredningstid (median), dagar"),
            List.of(
                ReportCell.number(90, 0, Text.of("dagar", "days"), src),
                ReportCell.number(84, 0, Text.of("dagar", "days"), src),
                ReportCell.light(TrafficLight.GREEN, src))));
    t.row(
        ReportRow.of(
            Text.of("Antal hemtjänsttimmar per brukare och år"),
            List.of(
                ReportCell.number(1250, 0, Text.empty(), src),
                ReportCell.number(1204, 0, Text.empty(), src),
                ReportCell.light(TrafficLight.YELLOW, src))));
    t.row(
        ReportRow.of(
            Text.of("Andel genomförandeplaner som följts upp"),
            List.of(
                ReportCell.number(100, 0, Text.of("%"), src),
                ReportCell.missing(Text.of("Redovisas från och med 2017", "Reported from 2017")),
                ReportCell.light(TrafficLight.NO_DATA, src))));
    return t.build();
  }

  static Paragraph riskParagraph() {
    return Paragraph.of(
        Text.of(
            "Fem risker bedömdes under året: en kritisk, en medium och tre låga.",
            "Five risks were assessed during the year: one critical, one medium and three low."));
  }

  /** The 4×4 risk matrix: severity Hög at the top, probability Mycket liten at the left. */
  static HeatMap riskMatrix() {
    int[][] counts = {{0, 1, 0, 0}, {0, 0, 1, 0}, {2, 1, 0, 0}, {1, 0, 0, 0}};
    int[][] bands = new int[4][4];
    for (int r = 0; r < 4; r++) {
      for (int c = 0; c < 4; c++) {
        int severity = 4 - r;
        int probability = c + 1;
        int value = severity * probability;
        bands[r][c] = value >= 8 || severity == 4 ? 2 : value >= 4 ? 1 : 0;
      }
    }
    return HeatMap.of(
        Text.of("Riskmatris: antal risker per sannolikhet och allvarlighetsgrad", "Risk matrix: risks by probability and severity"),
        Text.of("Allvarlighetsgrad", "Severity"),
        Text.of("Sannolikhet", "Probability"),
        List.of(
            Text.of("Hög", "High"), Text.of("Betydande", "Significant"),
            Text.of("Måttlig", "Moderate"), Text.of("Mindre", "Minor")),
        List.of(
            Text.of("Mycket liten", "Very low"), Text.of("Liten", "Low"),
            Text.of("Stor", "High"), Text.of("Mycket stor", "Very high")),
        List.of(Text.of("Låg", "Low"), Text.of("Medium"), Text.of("Kritisk", "Critical")),
        counts,
        bands,
        List.of(RecordRef.of("risks", "R1"), RecordRef.of("risks", "R2")));
  }

  static ReportTable complaints() {
    int[] counts = {41, 2, 17, 1204};
    String[] labels = {"Klagomål", "Beröm", "Synpunkter", "Förslag"};
    List<Tables.Count> rows = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      List<String> ids = new ArrayList<>();
      for (int k = 0; k < counts[i]; k++) {
        ids.add(labels[i] + "-" + k);
      }
      rows.add(new Tables.Count(Text.of(labels[i]), Tables.refs("complaints", ids)));
    }
    return Tables.countsWithShares(
        "complaint-kinds",
        Text.of("Klagomål och synpunkter per slag", "Complaints and comments by kind"),
        Text.of("Slag", "Kind"),
        rows);
  }

  static List<DevelopmentNeed> needs() {
    return List.of(
        DevelopmentNeed.of(
            NeedKind.CRITICAL_RISK, "risk R3",
            Text.of("Åtgärda risken för fall vid förflyttning", "Address the risk of falls when moving"),
            3, List.of(RecordRef.of("risks", "R3"))),
        DevelopmentNeed.of(
            NeedKind.RED_LIGHT, "2.1.1.1",
            Text.of("Höj andelen nöjda brukare till målvärdet 92 %", "Raise the share of satisfied users to the 92 % target"),
            1, List.of(RecordRef.of("observations", "m1@2016"))));
  }

  /** A ratio cell, for tests that need a share. */
  static ReportCell share(long part, long total) {
    return ReportCell.share(Ratio.share(part, total), 0, List.of());
  }

  static LocalDate asOf() {
    return LocalDate.of(YEAR, 12, 31);
  }
}
