package se.qms.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import se.qms.core.improvement.ActionOrigin;
import se.qms.core.improvement.ActionPurpose;
import se.qms.core.improvement.ActionStatus;
import se.qms.core.improvement.ImprovementAction;
import se.qms.core.measure.Period;

/**
 * Åtgärder (actions, SOSFS 2011:9 5 kap. 7 §: take measures, follow them up and evaluate their
 * effect), as seed 000 §4.4 (Örnsköldsvik 2016) lists them with status Ej påbörjad, Pågående and
 * Genomförd, their origin (process, riskanalys, egenkontroll, avvikelse, klagomål, lex Sarah,
 * tillsyn) and purpose (förebyggande, korrigerande).
 *
 * <p>The actions of the year are those registered by its last day and not completed before its
 * first; each is counted by its recorded status. Tables, by id: {@code actions-status} (origin by
 * status, with a total column and how many are overdue on the day judged), {@code actions-purpose}
 * (preventive and corrective, with shares) and {@code actions-effect} (the completed actions whose
 * effect was evaluated, with shares). Every figure names the actions it counts ({@code
 * actions/<id>}). Without actions in the year the section writes nothing. Stateless and
 * thread-safe.
 */
final class ActionSection implements ReportContributor {
  static final String COLLECTION = "actions";

  @Override
  public void contribute(ReportContext context, ReportDraft draft) {
    Period year = context.period();
    List<ImprovementAction> actions = new ArrayList<>();
    for (ImprovementAction a : context.system().actions()) {
      boolean registered = !a.registered().isAfter(year.end());
      boolean doneBefore = a.completed().map(d -> d.isBefore(year.start())).orElse(false);
      if (registered && !doneBefore) {
        actions.add(a);
      }
    }
    if (actions.isEmpty()) {
      return;
    }
    LocalDate asOf = context.asOf();
    SectionKind s = SectionKind.ACTIONS;
    draft.add(s, byOriginAndStatus(actions, asOf, context.year()));
    List<Tables.Count> purposes = new ArrayList<>();
    for (ActionPurpose p : ActionPurpose.values()) {
      purposes.add(new Tables.Count(Text.of(p.swedish(), p.english()), refs(actions, a -> a.purpose() == p)));
    }
    draft.add(
        s,
        Tables.countsWithShares(
            "actions-purpose",
            Text.of("Åtgärder efter syfte " + context.year(), "Actions by purpose " + context.year()),
            Text.of("Syfte", "Purpose"),
            purposes));
    List<ImprovementAction> completed = filter(actions, a -> a.statusOn(asOf) == ActionStatus.COMPLETED);
    if (!completed.isEmpty()) {
      draft.add(
          s,
          Tables.countsWithShares(
              "actions-effect",
              Text.of(
                  "Genomförda åtgärder och utvärdering av effekt",
                  "Completed actions and evaluation of their effect"),
              Text.of("Effekt", "Effect"),
              List.of(
                  new Tables.Count(
                      Text.of("Effekt utvärderad", "Effect evaluated"),
                      refs(completed, a -> a.evaluation().isPresent())),
                  new Tables.Count(
                      Text.of("Effekt ej utvärderad", "Effect not evaluated"),
                      refs(completed, a -> a.evaluation().isEmpty())))));
    }
    List<RecordRef> overdue = refs(actions, a -> a.isOverdue(asOf));
    List<RecordRef> evaluated = refs(completed, a -> a.evaluation().isPresent());
    draft.add(
        s,
        Paragraph.of(
            Text.of(
                actions.size() + " åtgärder var aktuella under " + context.year() + ", varav "
                    + completed.size() + " genomförda; effekten är utvärderad för " + evaluated.size()
                    + " av dem (SOSFS 2011:9 5 kap. 7 §). Per " + asOf + " är " + overdue.size()
                    + " åtgärder försenade.",
                actions.size() + " actions were current in " + context.year() + ", " + completed.size()
                    + " of them completed; the effect is evaluated for " + evaluated.size()
                    + " of those (SOSFS 2011:9 5 kap. 7 §). As of " + asOf + ", " + overdue.size()
                    + " actions are overdue."),
            refs(actions, a -> true)));
  }

  private static List<ImprovementAction> filter(List<ImprovementAction> actions, Predicate<ImprovementAction> keep) {
    List<ImprovementAction> out = new ArrayList<>();
    for (ImprovementAction a : actions) {
      if (keep.test(a)) {
        out.add(a);
      }
    }
    return out;
  }

  private static List<RecordRef> refs(List<ImprovementAction> actions, Predicate<ImprovementAction> keep) {
    List<RecordRef> out = new ArrayList<>();
    for (ImprovementAction a : filter(actions, keep)) {
      out.add(RecordRef.of(COLLECTION, a.id()));
    }
    return CrossTables.sorted(out);
  }

  private static ReportTable byOriginAndStatus(List<ImprovementAction> actions, LocalDate asOf, int year) {
    List<ActionStatus> statuses = new ArrayList<>();
    for (ActionStatus st : ActionStatus.values()) {
      if (st != ActionStatus.CANCELLED || actions.stream().anyMatch(a -> a.statusOn(asOf) == st)) {
        statuses.add(st);
      }
    }
    ReportTable.Builder t =
        ReportTable.builder(
                "actions-status",
                Text.of("Åtgärder efter ursprung och status " + year, "Actions by origin and status " + year),
                Text.of("Ursprung", "Origin"))
            .note(
                Text.of(
                    "Status per " + asOf + " enligt ärendets historik; försenad = ej genomförd och förfallodagen passerad.",
                    "Status as of " + asOf + " by the action's history; overdue = not completed and past its due date."));
    List<Predicate<ImprovementAction>> columns = new ArrayList<>();
    for (ActionStatus st : statuses) {
      t.columns(Text.of(st.swedish(), st.english()));
      columns.add(a -> a.statusOn(asOf) == st);
    }
    t.columns(Tables.TOTAL, Text.of("Varav försenade", "Of which overdue"));
    columns.add(a -> true);
    columns.add(a -> a.isOverdue(asOf));
    List<Integer> parts = new ArrayList<>();
    for (ActionOrigin origin : ActionOrigin.values()) {
      List<ImprovementAction> of = filter(actions, a -> a.origin() == origin);
      if (!of.isEmpty()) {
        parts.add(t.row(ReportRow.of(Text.of(origin.swedish(), origin.english()), cells(of, columns))));
      }
    }
    int total = t.row(ReportRow.total(Tables.TOTAL, cells(actions, columns)));
    t.columnTotals(parts.stream().mapToInt(Integer::intValue).toArray(), total);
    int[] statusColumns = new int[statuses.size()];
    for (int i = 0; i < statusColumns.length; i++) {
      statusColumns[i] = i;
    }
    t.rowTotals(statusColumns, statuses.size());
    return t.build();
  }

  private static List<ReportCell> cells(List<ImprovementAction> actions, List<Predicate<ImprovementAction>> columns) {
    List<ReportCell> out = new ArrayList<>();
    for (Predicate<ImprovementAction> c : columns) {
      List<RecordRef> r = refs(actions, c);
      out.add(ReportCell.count(r.size(), r));
    }
    return out;
  }
}
