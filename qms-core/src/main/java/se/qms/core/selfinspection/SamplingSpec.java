package se.qms.core.selfinspection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * How a sample (stickprov) is drawn from a population of ids: a random share or number drawn with a
 * recorded seed (seed 001: "ett slumpmässigt urval om 10 % av brukarna varje månad"), or the first
 * elements in the population's order (seed 003: "de tre första familjerna som avslutats i augusti").
 *
 * <p>Invariants: exactly one of a share in (0, 1] or a size ≥ 1 ({@link
 * QmsErrorCode#SAMPLE_SIZE_INVALID}); a random sample has a seed, a first-n sample has none. The
 * random draw uses {@link SplittableRandom} with the seed and nothing else, so an auditor with the
 * same population in the same order draws the same sample. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SamplingSpec {
  SamplingSpec() {}

  /** How elements are chosen. */
  public enum Method {
    /** Uniformly at random, with the recorded seed. */
    RANDOM,
    /** The first elements in the population's order. */
    FIRST
  }

  /** How elements are chosen. */
  public abstract Method method();

  /** The share of the population to draw, in (0, 1]; rounded up to whole elements. */
  public abstract OptionalDouble share();

  /** The number of elements to draw, at least 1. */
  public abstract OptionalInt size();

  /** The seed of a random draw. */
  public abstract OptionalLong seed();

  /** What the population is, e.g. "brukare med insats under månaden". */
  public abstract Optional<String> description();

  /** A random share. */
  public static SamplingSpec randomShare(double share, long seed) {
    return builder().method(Method.RANDOM).share(share).seed(seed).build();
  }

  /** A random number of elements. */
  public static SamplingSpec randomSize(int size, long seed) {
    return builder().method(Method.RANDOM).size(size).seed(seed).build();
  }

  /** The first {@code size} elements. */
  public static SamplingSpec first(int size) {
    return builder().method(Method.FIRST).size(size).build();
  }

  /**
   * The number of elements drawn from a population of {@code populationSize}: the size, or the
   * share rounded up (at least 1 of a non-empty population).
   *
   * @throws InvalidValueException {@link QmsErrorCode#SAMPLE_SIZE_INVALID} when the size exceeds
   *     the population
   */
  public int sizeFor(int populationSize) {
    if (size().isPresent()) {
      if (size().getAsInt() > populationSize) {
        throw InvalidValueException.outOfRange(
            QmsErrorCode.SAMPLE_SIZE_INVALID, "size", size().getAsInt(), 1, populationSize);
      }
      return size().getAsInt();
    }
    return (int) Math.ceil(share().getAsDouble() * populationSize - 1e-9);
  }

  /**
   * Draws the sample.
   *
   * @param population not null, no null or repeated ids; its order matters
   * @return the sample; its ids keep the population's order
   */
  public DrawnSample draw(List<String> population) {
    Checks.present(population, "population");
    if (new HashSet<>(population).size() != population.size()) {
      throw InvalidValueException.violates(
          QmsErrorCode.DUPLICATE_ID, "population", population.size() + " ids", "must not repeat an id");
    }
    int n = sizeFor(population.size());
    List<String> chosen;
    if (method() == Method.FIRST) {
      chosen = List.copyOf(population.subList(0, n));
    } else {
      int[] index = new int[population.size()];
      for (int i = 0; i < index.length; i++) {
        index[i] = i;
      }
      SplittableRandom random = new SplittableRandom(seed().getAsLong());
      for (int i = 0; i < n; i++) {
        int j = i + random.nextInt(index.length - i);
        int t = index[i];
        index[i] = index[j];
        index[j] = t;
      }
      int[] picked = Arrays.copyOf(index, n);
      Arrays.sort(picked);
      List<String> out = new ArrayList<>(n);
      for (int i : picked) {
        out.add(population.get(i));
      }
      chosen = List.copyOf(out);
    }
    return DrawnSample.builder().spec(this).populationSize(population.size()).addAllIds(chosen).build();
  }

  /** A strict builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds sampling specifications. */
  public static final class Builder extends ImmutableSamplingSpec.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    description().ifPresent(d -> Checks.text(d, 500, "description"));
    if (share().isPresent() == size().isPresent()) {
      throw InvalidValueException.violates(
          QmsErrorCode.SAMPLE_SIZE_INVALID, "share", share(), "or size must be given, not both or neither");
    }
    if (share().isPresent() && !(share().getAsDouble() > 0 && share().getAsDouble() <= 1)) {
      throw InvalidValueException.outOfRange(
          QmsErrorCode.SAMPLE_SIZE_INVALID, "share", share().getAsDouble(), 0, 1);
    }
    if (size().isPresent()) {
      Checks.inRange(size().getAsInt(), 1, Integer.MAX_VALUE, "size", QmsErrorCode.SAMPLE_SIZE_INVALID);
    }
    if ((method() == Method.RANDOM) != seed().isPresent()) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE, "seed", method(), "is required for RANDOM and only for it");
    }
  }
}
