package se.qms.risk;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.qms.risk.internal.Require;

/**
 * The follow-up of one internal control item in one tertial: the result and whether the control
 * found deficiencies (brister).
 *
 * <p>Invariant: the result is non-blank, at most 5 000 characters. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TertialFollowUp {
  TertialFollowUp() {}

  /** The tertial followed up. */
  public abstract Tertial tertial();

  /** The day of the follow-up, when known. */
  public abstract Optional<LocalDate> date();

  /** What the control showed. */
  public abstract String result();

  /** Whether the control found deficiencies. */
  public abstract boolean deficienciesFound();

  /**
   * Creates a follow-up.
   *
   * @param tertial not null
   * @param date the day of the follow-up; not null
   * @param result not blank
   * @param deficienciesFound whether the control found deficiencies
   */
  public static TertialFollowUp of(
      Tertial tertial, LocalDate date, String result, boolean deficienciesFound) {
    return builder()
        .tertial(tertial)
        .date(Require.present(date, "date"))
        .result(result)
        .deficienciesFound(deficienciesFound)
        .build();
  }

  /** A strict builder; tertial, result and deficienciesFound are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds follow-ups. */
  public static final class Builder extends ImmutableTertialFollowUp.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Require.text(result(), 5_000, "result");
  }
}
