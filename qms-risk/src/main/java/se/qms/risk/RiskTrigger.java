package se.qms.risk;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.process.ProcessNumber;
import se.qms.risk.internal.Require;

/**
 * An event after which the risks it touches must be analysed anew (seed 002 §6.3): an
 * organisational change, a new method, staff turnover and so on, on a day, within a scope.
 *
 * <p>The scope is a unit, a part of the process map, both, or — when neither is given — the whole
 * register. A risk lies in the scope when its unit is the trigger's unit (if one is given) and its
 * process is the trigger's process or lies below it (if one is given); a risk without unit or
 * process lies only in a scope that does not ask for one. Invariants: id non-blank (at most 100
 * characters), description and unit id non-blank when present. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RiskTrigger {
  RiskTrigger() {}

  /** The trigger's identifier, e.g. "T-2016-03". */
  public abstract String id();

  /** What kind of event it is. */
  public abstract TriggerKind kind();

  /** The day of the event (for a planned change: the day it takes effect). */
  public abstract LocalDate date();

  /** What happened, e.g. "Enheterna Myndighet A och B slås samman". */
  public abstract Optional<String> description();

  /** The unit the event concerns; empty for every unit. */
  public abstract Optional<String> unitId();

  /** The part of the process map the event concerns; empty for every process. */
  public abstract Optional<ProcessNumber> process();

  /** A trigger for the whole register. */
  public static RiskTrigger of(String id, TriggerKind kind, LocalDate date) {
    return builder().id(id).kind(kind).date(date).build();
  }

  /** A strict builder; id, kind and date are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds triggers. */
  public static final class Builder extends ImmutableRiskTrigger.Builder {
    Builder() {}
  }

  /** Whether a risk lies in the trigger's scope. */
  public boolean concerns(Risk risk) {
    Require.present(risk, "risk");
    boolean unit = unitId().isEmpty() || unitId().equals(risk.unitId());
    boolean process =
        process().isEmpty() || risk.process().map(p -> p.isWithin(process().get())).orElse(false);
    return unit && process;
  }

  @Value.Check
  final void check() {
    Require.text(id(), 100, "id");
    description().ifPresent(d -> Require.text(d, 2_000, "description"));
    unitId().ifPresent(u -> Require.text(u, 200, "unitId"));
  }
}
