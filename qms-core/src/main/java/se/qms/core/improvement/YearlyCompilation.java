package se.qms.core.improvement;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;
import se.qms.core.measure.Period;

/**
 * The record that a year's complaints, comments and reports were compiled and analysed for
 * patterns and trends (SOSFS 2011:9 5 kap. 6 §), e.g. as a section of the kvalitetsberättelse.
 *
 * <p>Invariants: the year lies in [{@value Period#MIN_YEAR}, {@value Period#MAX_YEAR}]; the
 * compilation is not dated before the year began ({@link QmsErrorCode#DATES_OUT_OF_ORDER}); a
 * reference, when present, is non-blank (at most 500 characters) without personal identity
 * numbers. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class YearlyCompilation {
  YearlyCompilation() {}

  /** The year compiled, e.g. 2016. */
  public abstract int year();

  /** The day the compilation was made or decided. */
  public abstract LocalDate compiled();

  /** Where it is documented, e.g. "Kvalitetsberättelse 2016, avsnitt 4.3". */
  public abstract Optional<String> reference();

  /** A compilation of a year made on a day. */
  public static YearlyCompilation of(int year, LocalDate compiled) {
    return builder().year(year).compiled(compiled).build();
  }

  /** A strict builder; year and date are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds compilations. */
  public static final class Builder extends ImmutableYearlyCompilation.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.inRange(year(), Period.MIN_YEAR, Period.MAX_YEAR, "year");
    if (compiled().getYear() < year()) {
      throw InvalidValueException.violates(
          QmsErrorCode.DATES_OUT_OF_ORDER, "compiled", compiled(), "must not lie before the year " + year());
    }
    reference()
        .ifPresent(r -> Checks.noPersonalIdentityNumber(Checks.text(r, 500, "reference"), "reference"));
  }
}
