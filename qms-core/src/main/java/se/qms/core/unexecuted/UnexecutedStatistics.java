package se.qms.core.unexecuted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;
import se.qms.core.measure.Period;

/**
 * The tables of the yearly quality report on decisions not carried out: counts by kind of insats,
 * gender, reason for the delay and waiting time (seed 001 Tabell 11–14, seed 004 §6.4.5).
 *
 * <p>Two populations, as the seeds use them: {@link #reportedDuring} takes the decisions reported
 * during a period — reportable on at least one of its days — with the wait measured to the day it
 * ended or else to the period's last day (seed 001: "under 2019 rapporterat sammanlagt 53 gynnande
 * beslut"); {@link #reportableOn} takes those reportable on one day, with the wait measured to
 * that day (seed 004: "per den 31 december 2019, 97 beslut som ej verkställts inom föreskriven
 * tid"). Each decision is counted once, in the last of its waiting periods that qualifies.
 *
 * <p>Insats rows follow the order of the policy's catalogue (insatser outside it come last, in
 * first-seen order); a row appears only when something is counted in it. Immutable and
 * thread-safe.
 */
public final class UnexecutedStatistics {
  private static final String NOT_GIVEN = "NOT_GIVEN";

  /** One counted decision: the period it is counted in and the complete months it waited. */
  private static final class Entry {
    final FavourableDecision decision;
    final WaitingPeriod period;
    final long months;

    Entry(FavourableDecision decision, WaitingPeriod period, long months) {
      this.decision = decision;
      this.period = period;
      this.months = months;
    }
  }

  private final UnexecutedDecisionPolicy policy;
  private final List<Entry> entries;

  private UnexecutedStatistics(UnexecutedDecisionPolicy policy, List<Entry> entries) {
    this.policy = policy;
    this.entries = List.copyOf(entries);
  }

  /**
   * The decisions reportable on at least one day of {@code period}, each with the months it waited
   * until its wait ended or the period's last day, whichever came first.
   *
   * @param policy not null
   * @param decisions not null
   * @param period not null, of any kind
   */
  public static UnexecutedStatistics reportedDuring(
      UnexecutedDecisionPolicy policy, List<FavourableDecision> decisions, Period period) {
    Reportability rule = Reportability.of(policy);
    Checks.present(period, "period");
    List<Entry> entries = new ArrayList<>();
    for (FavourableDecision d : Checks.present(decisions, "decisions")) {
      rule.reportablePeriodDuring(d, period)
          .ifPresent(p -> entries.add(new Entry(d, p, p.monthsWaitedOn(period.end()))));
    }
    return new UnexecutedStatistics(policy, entries);
  }

  /**
   * The decisions reportable on {@code day}, each with the months it has waited on that day.
   *
   * @param policy not null
   * @param decisions not null
   * @param day not null
   */
  public static UnexecutedStatistics reportableOn(
      UnexecutedDecisionPolicy policy, List<FavourableDecision> decisions, LocalDate day) {
    Reportability rule = Reportability.of(policy);
    Checks.present(day, "day");
    List<Entry> entries = new ArrayList<>();
    for (FavourableDecision d : Checks.present(decisions, "decisions")) {
      rule.reportablePeriod(d, day).ifPresent(p -> entries.add(new Entry(d, p, p.monthsWaitedOn(day))));
    }
    return new UnexecutedStatistics(policy, entries);
  }

  /** How many decisions are counted. */
  public int size() {
    return entries.size();
  }

  /** The decisions counted, in the order given. */
  public List<FavourableDecision> decisions() {
    List<FavourableDecision> out = new ArrayList<>();
    entries.forEach(e -> out.add(e.decision));
    return List.copyOf(out);
  }

  /** The complete months the decision with this id waited, if it is counted. */
  public Optional<Long> monthsWaited(String decisionId) {
    Checks.present(decisionId, "decisionId");
    return entries.stream()
        .filter(e -> e.decision.id().equals(decisionId))
        .map(e -> e.months)
        .findFirst();
  }

  private UnexecutedStatistics filter(Predicate<Entry> keep) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries) {
      if (keep.test(e)) {
        out.add(e);
      }
    }
    return new UnexecutedStatistics(policy, out);
  }

  /** Only the decisions under {@code law}. */
  public UnexecutedStatistics only(Law law) {
    Checks.present(law, "law");
    return filter(e -> e.decision.law() == law);
  }

  /**
   * Only the decisions counted in a waiting period of {@code kind}: {@link WaitingKind#EXECUTION}
   * for those never executed, {@link WaitingKind#RESUMPTION} for interrupted ones (seed 004 counts
   * "exkl avbrott i verkställighet").
   */
  public UnexecutedStatistics only(WaitingKind kind) {
    Checks.present(kind, "kind");
    return filter(e -> e.period.kind() == kind);
  }

  /** Rows by insats, columns Kvinnor and Män (seed 001 Tabell 11 and 13, "Män", "Kvinnor"). */
  public CountTable byInsatsAndGender() {
    CountTable.Builder t = CountTable.builder();
    for (Gender g : Gender.values()) {
      t.column(g.name(), g.swedishPlural());
    }
    for (Entry e : sortedByInsats()) {
      t.row(e.decision.insats().code(), e.decision.insats().label());
      t.add(e.decision.insats().code(), e.decision.gender().name());
    }
    return t.build();
  }

  /**
   * Rows by insats, columns Resursbrist, Tackat nej, Annan orsak and Ej angivet (seed 001 Tabell 11
   * and 13).
   */
  public CountTable byInsatsAndReason() {
    CountTable.Builder t = reasonColumns();
    for (Entry e : sortedByInsats()) {
      t.row(e.decision.insats().code(), e.decision.insats().label());
      t.add(e.decision.insats().code(), reasonKey(e));
    }
    return t.build();
  }

  /** Rows by law (SoL, LSS), columns by reason. */
  public CountTable byLawAndReason() {
    CountTable.Builder t = reasonColumns();
    for (Law law : Law.values()) {
      for (Entry e : entries) {
        if (e.decision.law() == law) {
          t.row(law.name(), law.abbreviation());
          t.add(law.name(), reasonKey(e));
        }
      }
    }
    return t.build();
  }

  /**
   * Rows Kvinna and Man, columns the buckets of {@code scale} (seed 001 Tabell 12 and 14).
   *
   * @throws InvalidValueException with {@link QmsErrorCode#WAITING_TIME_SCALE_MISMATCH} if the
   *     scale starts above a limit of the policy
   */
  public CountTable byGenderAndWaitingTime(WaitingTimeScale scale) {
    CountTable.Builder t = bucketColumns(scale);
    for (Gender g : Gender.values()) {
      for (Entry e : entries) {
        if (e.decision.gender() == g) {
          t.row(g.name(), g.swedish());
          t.add(g.name(), bucketKey(scale, e));
        }
      }
    }
    return t.build();
  }

  /**
   * Rows by insats, columns the buckets of {@code scale} (seed 004 §6.4.5).
   *
   * @throws InvalidValueException with {@link QmsErrorCode#WAITING_TIME_SCALE_MISMATCH} if the
   *     scale starts above a limit of the policy
   */
  public CountTable byInsatsAndWaitingTime(WaitingTimeScale scale) {
    CountTable.Builder t = bucketColumns(scale);
    for (Entry e : sortedByInsats()) {
      t.row(e.decision.insats().code(), e.decision.insats().label());
      t.add(e.decision.insats().code(), bucketKey(scale, e));
    }
    return t.build();
  }

  private static CountTable.Builder reasonColumns() {
    CountTable.Builder t = CountTable.builder();
    for (DelayReason r : DelayReason.values()) {
      t.column(r.name(), r.swedish());
    }
    return t.column(NOT_GIVEN, "Ej angivet");
  }

  private static String reasonKey(Entry e) {
    return e.decision.delayReason().map(Enum::name).orElse(NOT_GIVEN);
  }

  private CountTable.Builder bucketColumns(WaitingTimeScale scale) {
    Checks.present(scale, "scale");
    int limit = Math.min(policy.executionLimitMonths(), policy.resumptionLimitMonths());
    if (scale.lowerBound() > limit) {
      throw InvalidValueException.violates(
          QmsErrorCode.WAITING_TIME_SCALE_MISMATCH,
          "scale",
          scale.bounds(),
          "must start at or below the policy's limit of " + limit + " months");
    }
    CountTable.Builder t = CountTable.builder();
    for (WaitingTimeBucket b : scale.buckets()) {
      t.column(b.key(), b.label());
    }
    return t;
  }

  private static String bucketKey(WaitingTimeScale scale, Entry e) {
    // a reportable wait has lasted at least the policy's limit, which the scale starts at or below
    return scale.bucketOf(e.months).orElseThrow().key();
  }

  private List<Entry> sortedByInsats() {
    List<se.qms.core.unexecuted.Insats> catalogue = policy.catalogue().insatser();
    List<String> seen = new ArrayList<>();
    for (Entry e : entries) {
      if (!seen.contains(e.decision.insats().code())) {
        seen.add(e.decision.insats().code());
      }
    }
    Comparator<Entry> order =
        Comparator.comparingInt(
            e -> {
              int i = catalogue.indexOf(e.decision.insats());
              return i >= 0 ? i : catalogue.size() + seen.indexOf(e.decision.insats().code());
            });
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(order);
    return sorted;
  }

  @Override
  public String toString() {
    return "UnexecutedStatistics{" + entries.size() + " decisions}";
  }
}
