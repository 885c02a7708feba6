package se.qms.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.qms.core.improvement.Ratio;
import se.qms.core.report.DevelopmentNeed;
import se.qms.core.report.HeatMap;
import se.qms.core.report.NeedKind;
import se.qms.core.report.Paragraph;
import se.qms.core.report.RecordRef;
import se.qms.core.report.ReportCell;
import se.qms.core.report.ReportContext;
import se.qms.core.report.ReportContributor;
import se.qms.core.report.ReportDraft;
import se.qms.core.report.ReportRow;
import se.qms.core.report.ReportTable;
import se.qms.core.report.SectionKind;
import se.qms.core.report.Text;

/**
 * The risk analyses of a kvalitetsberättelse (SOSFS 2011:9 5 kap. 1 §; seed 000 §4.1 "1 Kritisk, 1
 * Medium, 3 Låg, Totalt: 5"): the register's risks counted per band, the risk matrix as a heat map,
 * and each risk with its ratings, value and band. Every risk in the top band is a development
 * need, weighted by its value.
 *
 * <p>Each risk is scored by its assessment current on the report day, with the rule set's {@link
 * RiskPolicy} (the default bands when it has none); a risk registered after that day, or without
 * an assessment then, is counted as not assessed. Stateless and thread-safe.
 */
public final class RiskReport implements ReportContributor {
  private static final RiskReport INSTANCE = new RiskReport();

  private RiskReport() {}

  /** The contributor, to add to {@code ReportGenerator.coreContributors()}. */
  public static ReportContributor contributor() {
    return INSTANCE;
  }

  @Override
  public void contribute(ReportContext context, ReportDraft draft) {
    List<Risk> risks =
        context.system().part(RiskRegister.class).map(RiskRegister::risks).orElse(List.of());
    if (risks.isEmpty()) {
      return;
    }
    RiskEvaluator evaluator =
        context.ruleSet().part(RiskPolicy.class).orElse(RiskPolicy.defaults()).evaluator();
    RiskBands bands = evaluator.bands();
    RiskScales scales = evaluator.scales();
    int maxP = scales.probability().steps();
    int maxS = scales.severity().steps();
    List<List<RecordRef>> perBand = new ArrayList<>();
    for (int i = 0; i < bands.size(); i++) {
      perBand.add(new ArrayList<>());
    }
    int[][] counts = new int[maxS][maxP];
    int[][] cellBands = new int[maxS][maxP];
    for (int s = 1; s <= maxS; s++) {
      for (int p = 1; p <= maxP; p++) {
        cellBands[maxS - s][p - 1] = bands.indexOf(evaluator.band(p, s));
      }
    }
    List<RecordRef> assessed = new ArrayList<>();
    List<RecordRef> unassessed = new ArrayList<>();
    ReportTable.Builder list =
        ReportTable.builder(
                "risks",
                Text.of("Riskanalyser", "Risk analyses"),
                Text.of("Risk", "Risk"))
            .columns(
                Text.of("Process", "Process"),
                Text.of("Sannolikhet", "Probability"),
                Text.of("Konsekvens", "Severity"),
                Text.of("Riskvärde", "Risk value"),
                Text.of("Nivå", "Level"),
                Text.of("Åtgärder", "Actions"));
    java.util.Set<String> labels = new java.util.HashSet<>();
    for (Risk risk : risks) {
      RecordRef ref = RecordRef.of("risks", risk.id());
      List<RecordRef> refs = List.of(ref);
      Optional<RiskAssessment> current =
          risk.date().isPresent() && risk.date().get().isAfter(context.asOf())
              ? Optional.empty()
              : risk.currentAssessment(context.asOf());
      String label = labels.add(risk.title()) ? risk.title() : risk.title() + " [" + risk.id() + "]";
      Text process = Text.of(risk.process().map(Object::toString).orElse("–"));
      ReportCell actions =
          ReportCell.count(risk.actionIds().size(), Tables.refs("actions", risk.actionIds()));
      if (current.isEmpty()) {
        unassessed.add(ref);
        ReportCell none = ReportCell.missing(Text.of("Inte bedömd", "Not assessed"));
        list.row(
            ReportRow.of(
                Text.of(label),
                List.of(ReportCell.text(process), none, none, none, none, actions)));
        continue;
      }
      RiskScore score = evaluator.score(current.get());
      assessed.add(ref);
      perBand.get(score.bandIndex()).add(ref);
      counts[maxS - score.matrixSeverity()][score.matrixProbability() - 1]++;
      list.row(
          ReportRow.of(
              Text.of(label),
              List.of(
                  ReportCell.text(process),
                  ReportCell.number(score.meanProbability(), decimals(score.meanProbability()), Text.empty(), refs),
                  ReportCell.number(score.meanSeverity(), decimals(score.meanSeverity()), Text.empty(), refs),
                  ReportCell.number(score.value(), decimals(score.value()), Text.empty(), refs),
                  ReportCell.text(Text.of(score.band().nameSv(), score.band().nameEn())),
                  actions)));
      if (score.isTopBand()) {
        draft.need(
            DevelopmentNeed.of(
                NeedKind.CRITICAL_RISK,
                "risks/" + risk.id(),
                Text.of(
                    "Minska risken \"" + risk.title() + "\" (riskvärde "
                        + Ratio.formatNumber(BigDecimal.valueOf(score.value()).stripTrailingZeros())
                        + ", " + score.band().nameSv() + ")"
                        + (risk.actionIds().isEmpty() ? "; ingen åtgärd är kopplad." : "."),
                    "Reduce the risk \"" + risk.title() + "\" (risk value "
                        + Ratio.formatNumber(BigDecimal.valueOf(score.value()).stripTrailingZeros())
                        + ", " + score.band().nameEn() + ")"
                        + (risk.actionIds().isEmpty() ? "; no action is linked." : ".")),
                Math.max(1, (int) Math.round(score.value())),
                refs));
      }
    }
    draft.add(SectionKind.RISKS, bandTable(bands, perBand, unassessed, assessed));
    List<Text> rowLabels = new ArrayList<>();
    for (int s = maxS; s >= 1; s--) {
      rowLabels.add(Text.of(s + " " + scales.severity().labelSv(s), s + " " + scales.severity().labelEn(s)));
    }
    List<Text> columnLabels = new ArrayList<>();
    for (int p = 1; p <= maxP; p++) {
      columnLabels.add(Text.of(p + " " + scales.probability().labelSv(p), p + " " + scales.probability().labelEn(p)));
    }
    List<Text> bandNames = new ArrayList<>();
    for (RiskBand b : bands.list()) {
      bandNames.add(Text.of(b.nameSv(), b.nameEn()));
    }
    draft.add(
        SectionKind.RISKS,
        HeatMap.of(
            Text.of("Riskmatris", "Risk matrix"),
            Text.of("Konsekvens", "Severity"),
            Text.of("Sannolikhet", "Probability"),
            rowLabels, columnLabels, bandNames, counts, cellBands, assessed));
    draft.add(SectionKind.RISKS, list.build());
    if (!unassessed.isEmpty()) {
      draft.add(
          SectionKind.RISKS,
          Paragraph.of(
              Text.of(
                  unassessed.size() + " risker saknar bedömning per " + context.asOf() + ".",
                  unassessed.size() + " risks have no assessment as of " + context.asOf() + "."),
              unassessed));
    }
  }

  private static int decimals(double v) {
    BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
    return Math.max(0, Math.min(2, d.scale()));
  }

  private static ReportTable bandTable(
      RiskBands bands, List<List<RecordRef>> perBand, List<RecordRef> unassessed, List<RecordRef> assessed) {
    ReportTable.Builder t =
        ReportTable.builder(
                "risk-bands",
                Text.of("Risker per nivå", "Risks by level"),
                Text.of("Nivå", "Level"))
            .columns(Text.of("Antal", "Number"), Text.of("Andel", "Share"));
    int total = assessed.size();
    int[] parts = new int[bands.size()];
    for (int i = bands.size() - 1; i >= 0; i--) {
      RiskBand b = bands.list().get(i);
      List<RecordRef> refs = perBand.get(i);
      parts[bands.size() - 1 - i] =
          t.row(
              ReportRow.of(
                  Text.of(b.nameSv(), b.nameEn()),
                  List.of(ReportCell.count(refs.size(), refs), share(refs, total))));
    }
    int totalRow =
        t.row(
            ReportRow.total(
                Text.of("Totalt", "Total"),
                List.of(ReportCell.count(total, assessed), share(assessed, total))));
    t.columnTotals(parts, totalRow);
    t.shares(0, 1, totalRow);
    if (!unassessed.isEmpty()) {
      t.note(
          Text.of(
              "Därtill " + unassessed.size() + " risker utan bedömning.",
              "In addition, " + unassessed.size() + " risks without an assessment."));
    }
    return t.build();
  }

  private static ReportCell share(List<RecordRef> refs, int total) {
    return total == 0
        ? ReportCell.missing(Text.of("Inga bedömda risker", "No assessed risks"))
        : ReportCell.share(Ratio.share(refs.size(), total), 0, refs);
  }

  /** Record references. */
  private static final class Tables {
    static List<RecordRef> refs(String collection, List<String> ids) {
      List<RecordRef> out = new ArrayList<>(ids.size());
      ids.forEach(id -> out.add(RecordRef.of(collection, id)));
      return out;
    }
  }
}
