package se.qms.core.unexecuted;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.immutables.value.Value;
import se.qms.core.internal.Checks;
import se.qms.core.measure.Period;

/**
 * A quarter's report on decisions not carried out, to IVO, the auditors and the council (SoL 16
 * kap. 6 f–h §, LSS 28 f–h §; seed 004 §6.4.5): every decision reportable on at least one day of
 * the quarter, marked as newly reportable, still open at the quarter's end, or executed, resumed
 * or ended during it.
 *
 * <p>Built by {@link QuarterlyReporting#report(List, Period)}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class QuarterReport {
  QuarterReport() {}

  /** The quarter. */
  @Value.Parameter
  public abstract Period quarter();

  /** The decisions reported, in register order. */
  @Value.Parameter
  public abstract List<QuarterReportEntry> entries();

  static QuarterReport of(Period quarter, List<QuarterReportEntry> entries) {
    return ImmutableQuarterReport.of(quarter, entries);
  }

  private List<QuarterReportEntry> where(Predicate<QuarterReportEntry> p) {
    List<QuarterReportEntry> out = new ArrayList<>();
    for (QuarterReportEntry e : entries()) {
      if (p.test(e)) {
        out.add(e);
      }
    }
    return List.copyOf(out);
  }

  /** The entries under one law: IVO takes SoL and LSS decisions in separate reports. */
  public List<QuarterReportEntry> entries(Law law) {
    Checks.present(law, "law");
    return where(e -> e.law() == law);
  }

  /** The decisions that became reportable during the quarter. */
  public List<QuarterReportEntry> newlyReportable() {
    return where(QuarterReportEntry::newlyReportable);
  }

  /** The decisions still not executed (or resumed) at the quarter's end. */
  public List<QuarterReportEntry> stillOpen() {
    return where(QuarterReportEntry::openAtQuarterEnd);
  }

  /** The decisions executed, resumed or ended during the quarter. */
  public List<QuarterReportEntry> closedDuringQuarter() {
    return where(e -> !e.openAtQuarterEnd());
  }

  /** Whether there is nothing to report. */
  public boolean isEmpty() {
    return entries().isEmpty();
  }
}
