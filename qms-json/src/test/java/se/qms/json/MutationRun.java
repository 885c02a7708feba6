package se.qms.json;

import java.util.List;

/**
 * Runs the mutation test of {@link DocumentMutationProperties} outside JUnit, for long runs:
 * {@code java -cp <test class path> se.qms.json.MutationRun [mutants] [first random]}, from the
 * qms-json folder (the bundled samples are read from {@code ../qms-examples}). Prints every
 * mutant that escapes and a summary; exits 1 when any escaped.
 */
public final class MutationRun {
  private MutationRun() {}

  public static void main(String[] args) {
    long mutants = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    long first = args.length > 1 ? Long.parseLong(args[1]) : 0L;
    List<DocumentMutator.Seed> seeds = DocumentMutationProperties.seeds();
    DocumentMutationProperties property = new DocumentMutationProperties();
    long accepted = 0;
    long rejected = 0;
    long escaped = 0;
    long start = System.nanoTime();
    for (long random = first; random < first + mutants; random++) {
      DocumentMutator.Mutant m = DocumentMutator.mutate(seeds.get(Math.floorMod(random, seeds.size())), random);
      try {
        if (property.check(m)) {
          accepted++;
        } else {
          rejected++;
        }
      } catch (AssertionError e) {
        escaped++;
        System.out.println("ESCAPE " + m + "\n  " + (e.getCause() == null ? e.getMessage() : e.getCause()));
      }
      if ((random - first + 1) % 100_000 == 0) {
        System.out.printf("%d mutants, %.0f s%n", random - first + 1, (System.nanoTime() - start) / 1e9);
      }
    }
    System.out.printf(
        "%d mutants: %d accepted, %d rejected with coded errors, %d escaped, %.0f s%n",
        mutants, accepted, rejected, escaped, (System.nanoTime() - start) / 1e9);
    System.exit(escaped == 0 ? 0 : 1);
  }
}
