package se.qms.core.measure;

import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;
import se.qms.core.process.ProcessNumber;

/**
 * An indicator (mått, nyckeltal, kvalitetsmått): what is measured, in which unit, and which way is
 * better.
 *
 * <p>Invariants: id and Swedish title are non-blank (at most 100 and 500 characters); decimals are
 * 0–6; a Kolada KPI id, when given, is a capital letter followed by five digits (e.g. {@code
 * N00945}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Indicator {
  Indicator() {}

  /** The indicator's id, unique within a quality system. */
  public abstract String id();

  /** The Swedish title, e.g. "Andel brukare som känner trygghet". */
  public abstract String title();

  /** The English title, if there is one. */
  public abstract Optional<String> titleEn();

  /** The unit of the values. */
  public abstract MeasureUnit unit();

  /** Which way is better. */
  public abstract Direction direction();

  /** The number of decimals values are reported with; default 0. */
  @Value.Default
  public int decimals() {
    return 0;
  }

  /** The Kolada KPI the indicator is taken from, e.g. {@code N00945}. */
  public abstract Optional<String> koladaKpi();

  /** Whether values are reported for women and men as well as in total. */
  @Value.Default
  public boolean genderSplit() {
    return false;
  }

  /** The process the indicator follows up. */
  public abstract Optional<ProcessNumber> process();

  /** The organisational unit the indicator belongs to. */
  public abstract Optional<String> unitId();

  /** An indicator with the given id, title, unit and direction and nothing else. */
  public static Indicator of(String id, String title, MeasureUnit unit, Direction direction) {
    return builder().id(id).title(title).unit(unit).direction(direction).build();
  }

  /** A strict builder; id, title, unit and direction are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds indicators. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.text(id(), 100, "id");
    Checks.text(title(), 500, "title");
    titleEn().ifPresent(t -> Checks.text(t, 500, "titleEn"));
    Checks.inRange(decimals(), 0, 6, "decimals");
    koladaKpi()
        .ifPresent(
            kpi -> {
              if (!kpi.matches("[A-Z][0-9]{5}")) {
                throw InvalidValueException.malformed(
                    QmsErrorCode.VALUE_MALFORMED, "koladaKpi", kpi, "a Kolada KPI id such as N00945");
              }
            });
    unitId().ifPresent(u -> Checks.text(u, 200, "unitId"));
  }
}
