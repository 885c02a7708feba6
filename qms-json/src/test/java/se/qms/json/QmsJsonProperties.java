package se.qms.json;

import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class QmsJsonProperties {
  private final QmsJson json = QmsJson.strict();

  @Test
  void qualitySystem_readOfWrite_isIdentity_andWritingIsDeterministic() {
    qt().withExamples(200)
        .forAll(JsonGenerators.qualitySystems())
        .check(
            system -> {
              byte[] once = json.write(system);
              var read = json.readQualitySystem(once);
              return read.equals(system) && Arrays.equals(json.write(read), once);
            });
  }

  @Test
  void ruleSet_readOfWrite_isIdentity_andWritingIsDeterministic() {
    qt().forAll(JsonGenerators.ruleSets())
        .check(
            ruleSet -> {
              byte[] once = json.write(ruleSet);
              var read = json.readRuleSet(once);
              return read.equals(ruleSet) && Arrays.equals(json.write(read), once);
            });
  }
}
