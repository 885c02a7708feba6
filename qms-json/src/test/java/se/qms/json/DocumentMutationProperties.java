package se.qms.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.qms.core.QmsException;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import se.qms.json.DocumentMutator.Kind;
import se.qms.json.DocumentMutator.Mutant;
import se.qms.json.DocumentMutator.Seed;
import se.qms.json.kolada.KoladaConfig;
import se.qms.json.kolada.KoladaImport;
import se.qms.json.kolada.KoladaReader;

/**
 * Mutation testing of the readers: valid documents — the bundled samples, the corpus's base
 * documents, generated quality systems and rule sets, recorded Kolada responses — damaged by {@link
 * DocumentMutator} either read into a model that holds its invariants (it writes and reads back to
 * itself) or are rejected with coded errors. Nothing else may escape: no NullPointerException,
 * ClassCastException, IllegalArgumentException, StackOverflowError or OutOfMemoryError.
 *
 * <p>{@value #DEFAULT_MUTANTS} mutants per run; {@code -Dqms.mutants=1000000} for a million:
 *
 * <pre>mvn -B -ntp -o verify -pl qms-core,qms-risk,qms-json -Dtest=DocumentMutationProperties \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dqms.mutants=1000000</pre>
 */
class DocumentMutationProperties {
  static final int DEFAULT_MUTANTS = 10_000;
  private static final Path SAMPLES = Path.of("../qms-examples/src/main/resources/samples");

  private final QmsJson json = QmsJson.strict();
  private final KoladaReader kolada = KoladaReader.of(KoladaConfig.of("2380"));

  static int mutants() {
    return Integer.getInteger("qms.mutants", DEFAULT_MUTANTS);
  }

  /** The valid documents mutated: each is checked to read before it is used. */
  static List<Seed> seeds() {
    List<Seed> seeds = new ArrayList<>();
    seeds.add(Seed.of("base-quality-system.json", Kind.QUALITY_SYSTEM, MalformedCorpus.QS));
    seeds.add(Seed.of("base-rule-set.json", Kind.RULE_SET, MalformedCorpus.RS));
    try (Stream<Path> files = Files.walk(SAMPLES)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        Kind kind = p.getFileName().toString().contains("rule-set") ? Kind.RULE_SET : Kind.QUALITY_SYSTEM;
        seeds.add(Seed.of(SAMPLES.relativize(p).toString(), kind, Files.readAllBytes(p)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    QmsJson json = QmsJson.strict();
    List<QualitySystem> systems = new ArrayList<>();
    qt().withFixedSeed(20_161_231L).withExamples(12).forAll(JsonGenerators.qualitySystems()).checkAssert(systems::add);
    for (int i = 0; i < systems.size(); i++) {
      seeds.add(Seed.of("generated system " + i, Kind.QUALITY_SYSTEM, json.write(systems.get(i))));
    }
    List<RuleSet> ruleSets = new ArrayList<>();
    qt().withFixedSeed(20_161_231L).withExamples(6).forAll(JsonGenerators.ruleSets()).checkAssert(ruleSets::add);
    for (int i = 0; i < ruleSets.size(); i++) {
      seeds.add(Seed.of("generated rule set " + i, Kind.RULE_SET, json.write(ruleSets.get(i))));
    }
    for (String name :
        List.of(
            "ostersund-2019.json", "ostersund-2019-page1.json", "ostersund-2019-page2.json",
            "synthetic-gender-split.json", "ostersund-2019-waiting-time.json", "loop-page1.json")) {
      seeds.add(Seed.of(name, Kind.KOLADA, resource("/kolada/" + name)));
    }
    return List.copyOf(seeds);
  }

  private static byte[] resource(String name) {
    try (InputStream in = DocumentMutationProperties.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final List<Seed> SEEDS = seeds();

  /**
   * Indexes into {@link #SEEDS}, small documents more often than large ones: a mutant of a small
   * document is cheaper to read, and its damage is a larger part of it.
   */
  private static final List<Integer> DRAW = draw();

  private static List<Integer> draw() {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < SEEDS.size(); i++) {
      int size = DocumentMutator.write(SEEDS.get(i).tree(), null).length();
      int weight = size < 8_000 ? 4 : size < 40_000 ? 2 : 1;
      for (int w = 0; w < weight; w++) {
        out.add(i);
      }
    }
    return List.copyOf(out);
  }

  @Test
  void seeds_coverEveryDocumentKind_andAreValid() {
    assertTrue(SEEDS.stream().filter(s -> s.name().contains("/")).count() >= 6, "bundled samples: " + SEEDS);
    for (Kind kind : Kind.values()) {
      assertTrue(SEEDS.stream().anyMatch(s -> s.kind() == kind), kind.toString());
    }
    for (Seed seed : SEEDS) {
      Object model = read(seed.kind(), DocumentMutator.write(seed.tree(), null).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertNotNull(model, seed.toString());
    }
  }

  @Test
  void everyMutant_readsIntoAValidModel_orFailsWithCodedErrors() {
    int[] outcomes = new int[2];
    qt().withExamples(mutants())
        .withShrinkCycles(200)
        .forAll(integers().between(0, DRAW.size() - 1), longs().all())
        .checkAssert(
            (draw, random) -> outcomes[check(DocumentMutator.mutate(SEEDS.get(DRAW.get(draw)), random)) ? 0 : 1]++);
    // a mutator that only broke the syntax, or never broke anything, would test little
    int all = outcomes[0] + outcomes[1];
    // QuickTheories skips a draw it has made before (its edge values, such as 0 and
    // Long.MIN_VALUE, recur): a run of 100 000 read 99 999 mutants; at most one in a thousand may go
    assertTrue(all >= mutants() - mutants() / 1_000, "mutants read: " + all);
    assertTrue(outcomes[0] * 50 >= all, "accepted " + outcomes[0] + " of " + all);
    assertTrue(outcomes[1] * 2 >= all, "rejected " + outcomes[1] + " of " + all);
  }

  @Test
  void sameRandom_sameMutant() {
    for (long random = 0; random < 200; random++) {
      Seed seed = SEEDS.get((int) (random % SEEDS.size()));
      assertEquals(
          new String(DocumentMutator.mutate(seed, random).bytes(), java.nio.charset.StandardCharsets.UTF_8),
          new String(DocumentMutator.mutate(seed, random).bytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private Object read(Kind kind, byte[] bytes) {
    return switch (kind) {
      case QUALITY_SYSTEM -> json.readQualitySystem(bytes);
      case RULE_SET -> json.readRuleSet(bytes);
      case KOLADA -> kolada.read(bytes);
    };
  }

  /**
   * Reads a mutant: true when it was accepted and its model holds, false when it was rejected with
   * coded errors; any other outcome fails with the mutant's description.
   */
  boolean check(Mutant m) {
    Object model;
    try {
      model = read(m.seed().kind(), m.bytes());
    } catch (QmsDocumentException e) {
      assertFalse(e.errors().isEmpty(), m.toString());
      for (DocumentError error : e.errors()) {
        assertNotNull(error.code(), m.toString());
        assertTrue(error.pointer().isEmpty() || error.pointer().startsWith("/"), m + ": " + error);
        assertFalse(error.messageSv().isBlank(), m.toString());
        assertFalse(error.messageEn().isBlank(), m.toString());
      }
      if (m.seed().kind() != Kind.KOLADA && (m.random() & 7) == 0) {
        // validate() reads by the format property: it, too, only reports; when the mutant names
        // the other kind (a rule set's format changed to a quality system's), it may be valid as that
        if (json.validate(m.bytes()).isEmpty()) {
          Object other =
              m.seed().kind() == Kind.RULE_SET ? json.readQualitySystem(m.bytes()) : json.readRuleSet(m.bytes());
          assertNotNull(other, m.toString());
        }
      }
      return false;
    } catch (QmsException e) {
      assertNotNull(e.code(), m.toString());
      return false;
    } catch (Throwable t) {
      throw new AssertionError(
          "escaped as " + t + "\n" + m + "\n" + new String(m.bytes(), java.nio.charset.StandardCharsets.UTF_8)
              .substring(0, Math.min(m.bytes().length, 4_000)),
          t);
    }
    assertHolds(m, model);
    return true;
  }

  /** A model read from a mutant is whole: written and read back it is equal to itself. */
  private void assertHolds(Mutant m, Object model) {
    assertNotNull(model, m.toString());
    if (model instanceof QualitySystem system) {
      assertEquals(system, json.readQualitySystem(json.write(system)), m.toString());
    } else if (model instanceof RuleSet ruleSet) {
      assertEquals(ruleSet, json.readRuleSet(json.write(ruleSet)), m.toString());
    } else {
      KoladaImport imported = (KoladaImport) model;
      assertNotNull(imported.measureData(), m.toString());
      imported.observations().forEach(o -> assertNotNull(o.indicatorId(), m.toString()));
    }
  }
}
