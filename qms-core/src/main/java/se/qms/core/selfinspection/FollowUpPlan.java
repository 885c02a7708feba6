package se.qms.core.selfinspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;
import se.qms.core.measure.Period;

/**
 * An uppföljningsplan: the follow-up items of a unit or administration, and the queries the plan
 * is asked as of a date (seed 003: "Nämnden ska årligen fastställa uppföljningsplanen").
 *
 * <p>Invariants: item ids are unique ({@link QmsErrorCode#DUPLICATE_ID}). Results lists are sorted
 * by due date, then item id. Immutable and thread-safe.
 */
public final class FollowUpPlan {
  private final List<FollowUpPlanItem> items;

  private FollowUpPlan(List<FollowUpPlanItem> items) {
    this.items = items;
  }

  /**
   * A plan.
   *
   * @param items not null, no null elements, unique ids
   */
  public static FollowUpPlan of(List<FollowUpPlanItem> items) {
    Checks.present(items, "items");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      FollowUpPlanItem item = Checks.present(items.get(i), "items[" + i + "]");
      if (!ids.add(item.id())) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID, "items[" + i + "].id", item.id(), "must be unique");
      }
    }
    return new FollowUpPlan(List.copyOf(items));
  }

  /** The items, in plan order. */
  public List<FollowUpPlanItem> items() {
    return items;
  }

  /** The item with this id. */
  public Optional<FollowUpPlanItem> item(String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** Every occurrence of every item inside the period, sorted by date and item id. */
  public List<Occurrence> occurrences(Period period) {
    Checks.present(period, "period");
    List<Occurrence> out = new ArrayList<>();
    for (FollowUpPlanItem item : items) {
      for (LocalDate d : item.schedule().occurrences(period)) {
        out.add(Occurrence.of(item.id(), d));
      }
    }
    out.sort(ORDER);
    return out;
  }

  /** Each item's first occurrence strictly after {@code date}, sorted by date and item id. */
  public List<Occurrence> nextDue(LocalDate date) {
    Checks.present(date, "date");
    List<Occurrence> out = new ArrayList<>();
    for (FollowUpPlanItem item : items) {
      item.schedule().nextAfter(date).ifPresent(d -> out.add(Occurrence.of(item.id(), d)));
    }
    out.sort(ORDER);
    return out;
  }

  /**
   * The occurrences inside {@code period} that have no recorded result although their due date plus
   * {@code graceDays} lies before {@code asOf}.
   *
   * @param period not null
   * @param asOf not null; the date the question is asked
   * @param graceDays 0–366
   */
  public List<Occurrence> overdue(Period period, LocalDate asOf, int graceDays) {
    Checks.present(asOf, "asOf");
    Checks.inRange(graceDays, 0, 366, "graceDays");
    List<Occurrence> out = new ArrayList<>();
    for (Occurrence o : occurrences(period)) {
      if (o.due().plusDays(graceDays).isBefore(asOf)
          && !item(o.itemId()).orElseThrow().hasResultFor(o.due())) {
        out.add(o);
      }
    }
    return out;
  }

  private static final Comparator<Occurrence> ORDER =
      Comparator.comparing(Occurrence::due).thenComparing(Occurrence::itemId);

  @Override
  public boolean equals(Object other) {
    return other instanceof FollowUpPlan && ((FollowUpPlan) other).items.equals(items);
  }

  @Override
  public int hashCode() {
    return items.hashCode();
  }

  @Override
  public String toString() {
    return "FollowUpPlan" + items;
  }
}
