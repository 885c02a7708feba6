package se.qms.core.selfinspection;

import java.util.List;
import org.immutables.value.Value;

/**
 * A drawn sample: the specification (with its seed), the population size and the ids chosen, in
 * the population's order. Redrawing with the same specification from the same population gives
 * an equal sample. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DrawnSample {
  DrawnSample() {}

  /** How the sample was drawn, including the seed. */
  public abstract SamplingSpec spec();

  /** How many ids the population had. */
  public abstract int populationSize();

  /** The ids chosen. */
  public abstract List<String> ids();

  /** A strict builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds samples. */
  public static final class Builder extends ImmutableDrawnSample.Builder {
    Builder() {}
  }
}
