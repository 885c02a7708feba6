package se.qms.core.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.qms.core.organisation.OrganisationUnit;
import se.qms.core.organisation.UnitKind;
import se.qms.core.process.ProcessCategory;
import se.qms.core.process.ProcessMap;
import se.qms.core.process.ProcessNode;

/**
 * The management system: the organisation's units by kind and the process map's processes by
 * category, with how many lack a process owner (SOSFS 2011:9 4 kap. 1–3 §§, 6 kap.).
 */
final class ManagementSystemSection implements ReportContributor {
  @Override
  public void contribute(ReportContext context, ReportDraft draft) {
    List<OrganisationUnit> units = context.system().organisation().units();
    if (!units.isEmpty()) {
      Map<UnitKind, List<String>> byKind = new EnumMap<>(UnitKind.class);
      for (OrganisationUnit u : units) {
        byKind.computeIfAbsent(u.kind(), k -> new ArrayList<>()).add(u.id());
      }
      List<Tables.Count> counts = new ArrayList<>();
      byKind.forEach(
          (kind, ids) ->
              counts.add(
                  new Tables.Count(Text.of(kind.swedish(), kind.english()), Tables.refs("units", ids))));
      draft.add(
          SectionKind.MANAGEMENT_SYSTEM,
          Tables.countsWithShares(
              "organisation-units",
              Text.of("Organisationens enheter per nivå", "Organisational units by level"),
              Text.of("Nivå", "Level"),
              counts));
    }
    ProcessMap map = context.system().processMap();
    List<ProcessNode> processes = map.processes();
    if (processes.isEmpty()) {
      return;
    }
    ReportTable.Builder t =
        ReportTable.builder(
                "process-map",
                Text.of("Processer per kategori", "Processes by category"),
                Text.of("Kategori", "Category"))
            .columns(
                Text.of("Processer", "Processes"),
                Text.of("Med processägare", "With an owner"),
                Text.of("Utan processägare", "Without an owner"));
    List<Integer> parts = new ArrayList<>();
    List<RecordRef> all = new ArrayList<>();
    List<RecordRef> allOwned = new ArrayList<>();
    List<RecordRef> allUnowned = new ArrayList<>();
    for (ProcessCategory category : ProcessCategory.values()) {
      List<RecordRef> in = new ArrayList<>();
      List<RecordRef> owned = new ArrayList<>();
      List<RecordRef> unowned = new ArrayList<>();
      for (ProcessNode p : processes) {
        if (map.categoryOf(p.number()).orElse(null) == category) {
          RecordRef ref = RecordRef.of("processes", p.number().toString());
          in.add(ref);
          (p.owner().isPresent() ? owned : unowned).add(ref);
        }
      }
      if (in.isEmpty()) {
        continue;
      }
      all.addAll(in);
      allOwned.addAll(owned);
      allUnowned.addAll(unowned);
      parts.add(
          t.row(
              ReportRow.of(
                  Text.of(category.swedish(), category.english()),
                  List.of(
                      ReportCell.count(in.size(), in),
                      ReportCell.count(owned.size(), owned),
                      ReportCell.count(unowned.size(), unowned)))));
    }
    List<RecordRef> other = new ArrayList<>();
    for (ProcessNode p : processes) {
      RecordRef ref = RecordRef.of("processes", p.number().toString());
      if (!all.contains(ref)) {
        other.add(ref);
      }
    }
    if (!other.isEmpty()) {
      List<RecordRef> owned = new ArrayList<>();
      List<RecordRef> unowned = new ArrayList<>();
      for (ProcessNode p : processes) {
        RecordRef ref = RecordRef.of("processes", p.number().toString());
        if (other.contains(ref)) {
          (p.owner().isPresent() ? owned : unowned).add(ref);
        }
      }
      all.addAll(other);
      allOwned.addAll(owned);
      allUnowned.addAll(unowned);
      parts.add(
          t.row(
              ReportRow.of(
                  Text.of("Utan kategori", "Without a category"),
                  List.of(
                      ReportCell.count(other.size(), other),
                      ReportCell.count(owned.size(), owned),
                      ReportCell.count(unowned.size(), unowned)))));
    }
    int total =
        t.row(
            ReportRow.total(
                Tables.TOTAL,
                List.of(
                    ReportCell.count(all.size(), all),
                    ReportCell.count(allOwned.size(), allOwned),
                    ReportCell.count(allUnowned.size(), allUnowned))));
    t.columnTotals(parts.stream().mapToInt(Integer::intValue).toArray(), total);
    t.rowTotals(new int[] {1, 2}, 0);
    draft.add(SectionKind.MANAGEMENT_SYSTEM, t.build());
    draft.add(
        SectionKind.MANAGEMENT_SYSTEM,
        Paragraph.of(
            Text.of(
                "Processkartan har " + map.size() + " noder, varav " + processes.size()
                    + " processer och delprocesser; " + allUnowned.size()
                    + " av dem saknar utsedd processägare (SOSFS 2011:9 4 kap.).",
                "The process map has " + map.size() + " nodes, of which " + processes.size()
                    + " are processes and sub-processes; " + allUnowned.size()
                    + " of them have no named process owner (SOSFS 2011:9 chapter 4)."),
            all));
  }
}
