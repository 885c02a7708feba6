package se.qms.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import se.qms.core.process.ProcessIndexProgress;
import se.qms.core.process.ProcessIndexSummary;
import se.qms.core.process.ProcessMap;
import se.qms.core.process.ProcessNode;
import se.qms.core.process.ProcessNodeKind;

/**
 * SIQ ProcessIndex (seed 000 §2: "Nivå på SIQs ProcessIndex (medelvärde)", "Utveckla processen X
 * till nivå 8"): per process area the number of processes, how many are assessed, and the mean,
 * lowest and highest level on the report day; then each process with a target, its level and
 * whether the target is reached. A process below a target whose date has passed, or that falls
 * within the year, is a development need weighted by the levels still to climb.
 */
final class ProcessIndexSection implements ReportContributor {
  @Override
  public void contribute(ReportContext context, ReportDraft draft) {
    ProcessMap map = context.system().processMap();
    boolean anyAssessed = false;
    for (ProcessNode p : map.processes()) {
      if (!p.processIndexAssessments().isEmpty() || p.processIndexTarget().isPresent()) {
        anyAssessed = true;
        break;
      }
    }
    if (!anyAssessed) {
      return;
    }
    ReportTable.Builder areas =
        ReportTable.builder(
                "process-index-areas",
                Text.of("ProcessIndex per processområde", "ProcessIndex by process area"),
                Text.of("Processområde", "Process area"))
            .columns(
                Text.of("Processer", "Processes"),
                Text.of("Bedömda", "Assessed"),
                Text.of("Medelnivå", "Mean level"),
                Text.of("Lägsta", "Lowest"),
                Text.of("Högsta", "Highest"));
    int rows = 0;
    for (ProcessNode area : map.nodes(ProcessNodeKind.AREA)) {
      ProcessIndexSummary s = map.processIndexSummary(area.number(), context.asOf());
      if (s.assessedCount() == 0) {
        continue;
      }
      List<RecordRef> assessed = new ArrayList<>();
      List<RecordRef> all = new ArrayList<>();
      for (ProcessNode p : map.subtree(area.number())) {
        if (p.kind().isProcess()) {
          RecordRef ref = RecordRef.of("processes", p.number().toString());
          all.add(ref);
          if (p.processIndexLevel(context.asOf()).isPresent()) {
            assessed.add(ref);
          }
        }
      }
      areas.row(
          ReportRow.of(
              Text.of(area.number() + " " + area.title()),
              List.of(
                  ReportCell.count(s.processCount(), all),
                  ReportCell.count(s.assessedCount(), assessed),
                  ReportCell.number(s.mean().getAsDouble(), 1, Text.empty(), assessed),
                  ReportCell.number(s.min().getAsInt(), 0, Text.empty(), assessed),
                  ReportCell.number(s.max().getAsInt(), 0, Text.empty(), assessed))));
      rows++;
    }
    if (rows > 0) {
      draft.add(SectionKind.PROCESS_INDEX, areas.build());
    }
    ReportTable.Builder targets =
        ReportTable.builder(
                "process-index-targets",
                Text.of("Processer med mål för ProcessIndex", "Processes with a ProcessIndex target"),
                Text.of("Process", "Process"))
            .columns(
                Text.of("Nivå", "Level"),
                Text.of("Målnivå", "Target level"),
                Text.of("Måldatum", "Target date"),
                Text.of("Status", "Status"));
    int withTarget = 0;
    for (ProcessNode p : map.processes()) {
      Optional<ProcessIndexProgress> progress = p.processIndexProgress(context.asOf());
      if (progress.isEmpty()) {
        continue;
      }
      ProcessIndexProgress g = progress.get();
      RecordRef ref = RecordRef.of("processes", p.number().toString());
      OptionalInt level = g.currentLevel();
      Text status =
          g.isReached()
              ? Text.of("Nådd", "Reached")
              : g.isOverdue()
                  ? Text.of("Ej nådd, måldatum passerat", "Not reached, target date passed")
                  : Text.of(g.stepsRemaining() + " nivåer kvar", g.stepsRemaining() + " levels to go");
      targets.row(
          ReportRow.of(
              Text.of(p.number() + " " + p.title()),
              List.of(
                  level.isPresent()
                      ? ReportCell.number(level.getAsInt(), 0, Text.empty(), List.of(ref))
                      : ReportCell.missing(Text.of("Inte bedömd", "Not assessed")),
                  ReportCell.number(g.target().level(), 0, Text.empty(), List.of(ref)),
                  ReportCell.text(g.target().targetDate().toString()),
                  ReportCell.text(status))));
      withTarget++;
      boolean due = g.isOverdue() || g.target().targetDate().getYear() <= context.year();
      if (!g.isReached() && due) {
        draft.need(
            DevelopmentNeed.of(
                NeedKind.PROCESS_INDEX_GAP,
                p.number().toString(),
                Text.of(
                    "Utveckla processen \"" + p.title() + "\" till nivå " + g.target().level()
                        + " (nu " + (level.isPresent() ? "nivå " + level.getAsInt() : "inte bedömd")
                        + ", måldatum " + g.target().targetDate() + ").",
                    "Develop the process \"" + p.title() + "\" to level " + g.target().level()
                        + " (now " + (level.isPresent() ? "level " + level.getAsInt() : "not assessed")
                        + ", target date " + g.target().targetDate() + ")."),
                Math.max(1, g.stepsRemaining()),
                List.of(ref)));
      }
    }
    if (withTarget > 0) {
      draft.add(SectionKind.PROCESS_INDEX, targets.build());
    }
  }
}
