package se.qms.core.organisation;

import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.internal.Checks;

/**
 * One duty of one role in one PDCA phase, e.g. Enhetschef in Genomförande: "att ta emot och utreda
 * synpunkter och klagomål samt avvikelser i verksamheten på enhetsnivå".
 *
 * <p>Invariants: the text is non-blank and at most 2 000 characters; the source, when present, is
 * non-blank. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Duty {
  Duty() {}

  /** The phase the duty belongs to. */
  public abstract PdcaPhase phase();

  /** The role that carries the duty. */
  public abstract Role role();

  /** What the role is responsible for, in the organisation's own words. */
  public abstract String text();

  /** Where the duty is written down, e.g. "Kvalitetsledningssystem 2018 §5.3". */
  public abstract Optional<String> source();

  /** Creates a duty without a source. */
  public static Duty of(PdcaPhase phase, Role role, String text) {
    return builder().phase(phase).role(role).text(text).build();
  }

  /** A strict builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds duties; phase, role and text are required. */
  public static final class Builder extends ImmutableDuty.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.text(text(), 2_000, "text");
    source().ifPresent(s -> Checks.text(s, 200, "source"));
  }
}
