package se.qms.core.selfinspection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;
import se.qms.core.measure.Observation;
import se.qms.core.measure.Period;

/**
 * The share of units (or unit managers) that performed egenkontroll with a checklist in a period
 * (seed 000 §2.1.1.4.2: "Andel enhetschefer som har genomfört egenkontroll med stöd av checklistan
 * …").
 *
 * <p>A unit counts when at least one completed checklist of the template (any version), dated
 * inside the period, names it; checklists of units outside the population are ignored. Invariants:
 * the population is non-empty ({@link QmsErrorCode#COVERAGE_POPULATION_EMPTY}) and holds no id
 * twice. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CoverageMeasure {
  CoverageMeasure() {}

  /** The indicator the observations are for. */
  public abstract String indicatorId();

  /** The checklist template whose use is measured. */
  public abstract String templateId();

  /** The units expected to perform the egenkontroll. */
  public abstract List<String> population();

  /** The numerator and denominator in a period. */
  public Coverage coverage(Period period, List<CompletedChecklist> checklists) {
    Checks.present(period, "period");
    Checks.present(checklists, "checklists");
    Set<String> expected = new HashSet<>(population());
    Set<String> done = new HashSet<>();
    for (CompletedChecklist c : checklists) {
      if (c.templateId().equals(templateId())
          && period.contains(c.date())
          && expected.contains(c.unitId())) {
        done.add(c.unitId());
      }
    }
    return new Coverage(done.size(), population().size());
  }

  /** The coverage in percent as an observation of the indicator for the period. */
  public Observation observe(Period period, List<CompletedChecklist> checklists) {
    return Observation.of(indicatorId(), period, coverage(period, checklists).percent());
  }

  /**
   * An exact share: how many of how many.
   *
   * <p>Invariants: 0 ≤ numerator ≤ denominator, denominator ≥ 1. Immutable and thread-safe.
   */
  public static final class Coverage {
    private final int numerator;
    private final int denominator;

    Coverage(int numerator, int denominator) {
      this.numerator = numerator;
      this.denominator = denominator;
    }

    /** How many units performed the egenkontroll. */
    public int numerator() {
      return numerator;
    }

    /** How many units were expected to. */
    public int denominator() {
      return denominator;
    }

    /** The share in percent, 0–100. */
    public double percent() {
      return 100.0 * numerator / denominator;
    }

    /** The percentage rounded half up to one decimal, e.g. 85.7 for 6 of 7. */
    public BigDecimal percentRounded() {
      return BigDecimal.valueOf(100L * numerator)
          .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    /** The Swedish display form, e.g. "85,7 %". */
    public String displaySv() {
      return percentRounded().toPlainString().replace('.', ',') + " %";
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Coverage
          && ((Coverage) other).numerator == numerator
          && ((Coverage) other).denominator == denominator;
    }

    @Override
    public int hashCode() {
      return 31 * numerator + denominator;
    }

    @Override
    public String toString() {
      return numerator + "/" + denominator;
    }
  }

  /** A strict builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds coverage measures. */
  public static final class Builder extends ImmutableCoverageMeasure.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.text(indicatorId(), 100, "indicatorId");
    Checks.text(templateId(), 100, "templateId");
    if (population().isEmpty()) {
      throw InvalidValueException.violates(
          QmsErrorCode.COVERAGE_POPULATION_EMPTY, "population", "[]", "must not be empty");
    }
    if (new HashSet<>(population()).size() != population().size()) {
      throw InvalidValueException.violates(
          QmsErrorCode.DUPLICATE_ID, "population", population(), "must not repeat a unit");
    }
  }
}
