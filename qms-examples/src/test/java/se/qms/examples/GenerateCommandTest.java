package se.qms.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.qms.core.compliance.ComplianceEngine;
import se.qms.core.compliance.ComplianceResult;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import se.qms.core.lexsarah.LexSarahRegister;
import se.qms.core.unexecuted.UnexecutedDecisionRegister;
import se.qms.examples.generate.NationalDataSet;
import se.qms.json.QmsJson;

class GenerateCommandTest {
  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void generate_sameSeed_sameBytes(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertEquals(Qms.EXIT_OK, new QmsTest.Run("generate", "--municipalities", "3", "--seed", "7", "--out", a.toString()).exit);
    assertEquals(Qms.EXIT_OK, new QmsTest.Run("generate", "--municipalities", "3", "--seed", "7", "--out", b.toString()).exit);
    assertEquals(List.of("municipality-0000.json", "municipality-0001.json", "municipality-0002.json", "rule-set.json"), files(a));
    for (String f : files(a)) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }
  }

  @Test
  void generate_otherSeed_otherBytes(@TempDir Path dir) throws IOException {
    new QmsTest.Run("generate", "--municipalities", "1", "--seed", "1", "--out", dir.resolve("a").toString());
    new QmsTest.Run("generate", "--municipalities", "1", "--seed", "2", "--out", dir.resolve("b").toString());
    assertFalse(
        java.util.Arrays.equals(
            Files.readAllBytes(dir.resolve("a/municipality-0000.json")),
            Files.readAllBytes(dir.resolve("b/municipality-0000.json"))));
  }

  @Test
  void generate_documentReadsBackEqual_andPassesValidation(@TempDir Path dir) throws IOException {
    QmsTest.Run run = new QmsTest.Run("generate", "--municipalities", "2", "--out", dir.toString());
    assertEquals(Qms.EXIT_OK, run.exit, run.err);
    assertTrue(run.out.contains("2 municipalities"), run.out);
    QmsJson json = QmsJson.strict();
    QualitySystem read = json.readQualitySystem(Files.readAllBytes(dir.resolve("municipality-0001.json")));
    assertEquals(NationalDataSet.seeded(2019L).municipality(1), read);
    assertEquals(NationalDataSet.seeded(2019L).generate(2).get(1), read);
    RuleSet rules = json.readRuleSet(Files.readAllBytes(dir.resolve("rule-set.json")));
    assertEquals(NationalDataSet.ruleSet(), rules);
    assertEquals(
        Qms.EXIT_OK,
        new QmsTest.Run("validate", dir.resolve("municipality-0001.json").toString()).exit);
    assertFalse(read.part(LexSarahRegister.class).orElseThrow().cases().isEmpty());
    assertFalse(read.part(UnexecutedDecisionRegister.class).orElseThrow().decisions().isEmpty());
    ComplianceResult result = ComplianceEngine.of(rules, QmsJson.complianceRules()).evaluate(read, NationalDataSet.AS_OF);
    assertFalse(result.findings().isEmpty());
  }

  @Test
  void generate_scaleAndMunicipalitiesTogether_isAUsageError(@TempDir Path dir) {
    QmsTest.Run run = new QmsTest.Run("generate", "--scale", "2", "--municipalities", "3", "--out", dir.toString());
    assertEquals(Qms.EXIT_USAGE, run.exit);
    assertEquals(Qms.EXIT_USAGE, new QmsTest.Run("generate", "--scale", "3", "--out", dir.toString()).exit);
    assertEquals(Qms.EXIT_USAGE, new QmsTest.Run("generate", "--municipalities", "0", "--out", dir.toString()).exit);
    assertEquals(Qms.EXIT_USAGE, new QmsTest.Run("generate", "--seed", "x", "--out", dir.toString()).exit);
    assertEquals(Qms.EXIT_USAGE, new QmsTest.Run("generate").exit);
  }
}
