package se.qms.core.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.measure.Period;
import se.qms.core.measure.TrafficLight;
import se.qms.core.selfinspection.ChecklistOutcome;
import se.qms.core.selfinspection.ChecklistTemplate;
import se.qms.core.selfinspection.CompletedChecklist;
import se.qms.core.selfinspection.FollowUpPlanItem;
import se.qms.core.selfinspection.Occurrence;

/**
 * Egenkontroller (self-inspections, SOSFS 2011:9 5 kap. 2 §): the checklists completed in the year
 * and their outcome, as seed 000 §4.2 (Örnsköldsvik 2016) reports them — Godkänd (green) when every
 * checklist completed with the template in the year passed, else Ej godkänd (red) — with the units
 * that completed each (the numerators of seed 000 §2.1.1.4.2's "Andel enhetschefer som har
 * genomfört egenkontroll med stöd av checklistan …"), and the follow-up plan's occurrences in the
 * year with and without a result (seed 003).
 *
 * <p>Tables, by id: {@code self-inspection-checklists} (per template: completed, passed, failed,
 * units, outcome) and {@code self-inspection-follow-up} (per plan item: occurrences with and without
 * a result). A checklist belongs to the year it was completed in; it is judged by the version of
 * its template it was completed with, and one whose template the system lacks is left out and
 * counted in the paragraph. Every template with a failure gives a {@link NeedKind#FAILED_CHECKLIST}
 * need weighted by the failed checklists. Sources are {@code completedChecklists/<id>} and {@code
 * followUpPlanItems/<id>@<day>}. Stateless and thread-safe.
 */
final class SelfInspectionSection implements ReportContributor {
  static final String CHECKLISTS = "completedChecklists";
  static final String PLAN = "followUpPlanItems";

  @Override
  public void contribute(ReportContext context, ReportDraft draft) {
    QualitySystem system = context.system();
    Period year = context.period();
    Map<String, ChecklistTemplate> templates = new LinkedHashMap<>();
    for (ChecklistTemplate t : system.checklistTemplates()) {
      ChecklistTemplate seen = templates.get(t.id());
      if (seen == null || seen.version() < t.version()) {
        templates.put(t.id(), t);
      }
    }
    Map<String, List<CompletedChecklist>> passed = new HashMap<>();
    Map<String, List<CompletedChecklist>> failed = new HashMap<>();
    List<CompletedChecklist> unjudged = new ArrayList<>();
    for (CompletedChecklist c : system.completedChecklists()) {
      if (!year.contains(c.date())) {
        continue;
      }
      Optional<ChecklistTemplate> template = system.checklistTemplate(c.templateId(), c.templateVersion());
      if (template.isEmpty() || !templates.containsKey(c.templateId())) {
        unjudged.add(c);
        continue;
      }
      ChecklistOutcome outcome = template.get().evaluate(c);
      (outcome.passed() ? passed : failed).computeIfAbsent(c.templateId(), k -> new ArrayList<>()).add(c);
    }
    SectionKind s = SectionKind.SELF_INSPECTION;
    boolean any = !passed.isEmpty() || !failed.isEmpty();
    if (!templates.isEmpty() && any) {
      draft.add(s, checklists(templates, passed, failed, context.year()));
      for (ChecklistTemplate t : templates.values()) {
        List<CompletedChecklist> f = failed.getOrDefault(t.id(), List.of());
        if (!f.isEmpty()) {
          int done = f.size() + passed.getOrDefault(t.id(), List.of()).size();
          String title = t.title().length() > 80 ? t.title().substring(0, 79) + "…" : t.title();
          draft.need(
              DevelopmentNeed.of(
                  NeedKind.FAILED_CHECKLIST,
                  "checklist " + t.id(),
                  Text.of(
                      "Egenkontrollen \"" + title + "\" ej godkänd i " + f.size() + " av " + done
                          + " checklistor: åtgärda och följ upp (5 kap. 2 §).",
                      "Self-inspection \"" + title + "\" failed in " + f.size() + " of " + done
                          + " checklists: remedy and follow up (5 kap. 2 §)."),
                  f.size(),
                  refs(f)));
        }
      }
    }
    Optional<ReportTable> plan = followUp(system, year);
    plan.ifPresent(t -> draft.add(s, t));
    if (any || !unjudged.isEmpty()) {
      draft.add(s, paragraph(passed, failed, unjudged, context.year()));
    }
  }

  private static List<RecordRef> refs(List<CompletedChecklist> checklists) {
    List<RecordRef> out = new ArrayList<>();
    for (CompletedChecklist c : checklists) {
      out.add(RecordRef.of(CHECKLISTS, c.id()));
    }
    return CrossTables.sorted(out);
  }

  private static ReportTable checklists(
      Map<String, ChecklistTemplate> templates,
      Map<String, List<CompletedChecklist>> passed,
      Map<String, List<CompletedChecklist>> failed,
      int year) {
    ReportTable.Builder t =
        ReportTable.builder(
                "self-inspection-checklists",
                Text.of("Egenkontroller med checklista " + year, "Self-inspections with a checklist " + year),
                Text.of("Checklista", "Checklist"))
            .columns(
                Text.of("Genomförda", "Completed"),
                Text.of("Godkända", "Passed"),
                Text.of("Ej godkända", "Failed"),
                Text.of("Enheter som genomfört", "Units that completed"),
                Text.of("Utfall", "Outcome"))
            .note(
                Text.of(
                    "Utfallet är Godkänd (grön) när alla checklistor som genomförts under året är godkända, annars Ej godkänd (röd).",
                    "The outcome is Passed (green) when every checklist completed in the year passed, otherwise Failed (red)."));
    Map<String, Integer> titles = new HashMap<>();
    templates.values().forEach(tm -> titles.merge(tm.title(), 1, Integer::sum));
    List<CompletedChecklist> allDone = new ArrayList<>();
    List<CompletedChecklist> allPassed = new ArrayList<>();
    List<CompletedChecklist> allFailed = new ArrayList<>();
    int[] parts = new int[templates.size()];
    int i = 0;
    for (ChecklistTemplate tm : templates.values()) {
      List<CompletedChecklist> p = passed.getOrDefault(tm.id(), List.of());
      List<CompletedChecklist> f = failed.getOrDefault(tm.id(), List.of());
      List<CompletedChecklist> done = new ArrayList<>(p);
      done.addAll(f);
      allDone.addAll(done);
      allPassed.addAll(p);
      allFailed.addAll(f);
      Set<String> units = new LinkedHashSet<>();
      done.forEach(c -> units.add(c.unitId()));
      ReportCell outcome =
          done.isEmpty()
              ? ReportCell.missing(Text.of("Ej genomförd under året", "Not carried out in the year"))
              : ReportCell.light(f.isEmpty() ? TrafficLight.GREEN : TrafficLight.RED, refs(done));
      String label = titles.get(tm.title()) > 1 ? tm.title() + " (" + tm.id() + ")" : tm.title();
      parts[i++] =
          t.row(
              ReportRow.of(
                  Text.of(label),
                  List.of(
                      ReportCell.count(done.size(), refs(done)),
                      ReportCell.count(p.size(), refs(p)),
                      ReportCell.count(f.size(), refs(f)),
                      ReportCell.count(units.size(), refs(done)),
                      outcome)));
    }
    int total =
        t.row(
            ReportRow.total(
                Tables.TOTAL,
                List.of(
                    ReportCell.count(allDone.size(), refs(allDone)),
                    ReportCell.count(allPassed.size(), refs(allPassed)),
                    ReportCell.count(allFailed.size(), refs(allFailed)),
                    ReportCell.empty(),
                    ReportCell.empty())));
    t.columnTotals(parts, total);
    t.rowTotals(new int[] {1, 2}, 0);
    return t.build();
  }

  /** The plan items with occurrences in the year, with and without a result. */
  private static Optional<ReportTable> followUp(QualitySystem system, Period year) {
    List<Occurrence> occurrences = system.followUpPlan().occurrences(year);
    if (occurrences.isEmpty()) {
      return Optional.empty();
    }
    CrossTables.Shape t =
        CrossTables.of(
                "self-inspection-follow-up",
                Text.of("Uppföljningsplanens tillfällen " + year.year(), "Occurrences of the follow-up plan " + year.year()),
                Text.of("Uppföljning", "Follow-up"),
                List.of(Text.of("Med resultat", "With a result"), Text.of("Utan resultat", "Without a result")))
            .totalColumn(Text.of("Planerade tillfällen", "Occurrences planned"))
            .totalRow(Tables.TOTAL);
    Map<String, Integer> titles = new HashMap<>();
    system.followUpPlanItems().forEach(item -> titles.merge(item.title(), 1, Integer::sum));
    for (FollowUpPlanItem item : system.followUpPlanItems()) {
      List<RecordRef> with = new ArrayList<>();
      List<RecordRef> without = new ArrayList<>();
      for (Occurrence o : occurrences) {
        if (o.itemId().equals(item.id())) {
          RecordRef ref = RecordRef.of(PLAN, item.id() + "@" + o.due());
          (item.hasResultFor(o.due()) ? with : without).add(ref);
        }
      }
      if (!with.isEmpty() || !without.isEmpty()) {
        String label = titles.get(item.title()) > 1 ? item.title() + " (" + item.id() + ")" : item.title();
        t.line(Text.of(label), List.of(with, without));
      }
    }
    return Optional.of(t.build());
  }

  private static Paragraph paragraph(
      Map<String, List<CompletedChecklist>> passed,
      Map<String, List<CompletedChecklist>> failed,
      List<CompletedChecklist> unjudged,
      int year) {
    List<CompletedChecklist> all = new ArrayList<>();
    passed.values().forEach(all::addAll);
    failed.values().forEach(all::addAll);
    long failedCount = failed.values().stream().mapToLong(List::size).sum();
    StringBuilder sv = new StringBuilder();
    StringBuilder en = new StringBuilder();
    sv.append("Under ").append(year).append(" genomfördes ").append(all.size())
        .append(" egenkontroller med checklista; ").append(failedCount).append(" blev ej godkända, i ")
        .append(failed.size()).append(" av checklistorna.");
    en.append("In ").append(year).append(", ").append(all.size())
        .append(" self-inspections with a checklist were carried out; ").append(failedCount)
        .append(" failed, in ").append(failed.size()).append(" of the checklists.");
    if (!unjudged.isEmpty()) {
      sv.append(" ").append(unjudged.size()).append(" genomförda checklistor kunde inte bedömas, eftersom deras mall saknas.");
      en.append(" ").append(unjudged.size()).append(" completed checklists could not be judged, as their template is missing.");
    }
    all.addAll(unjudged);
    return Paragraph.of(Text.of(sv.toString(), en.toString()), refs(all));
  }
}
