package se.qms.risk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.qms.testing.QmsArchitectureRules;

/** The shared architecture rules, applied to the classes qms-risk ships (and qms-core's). */
class ArchitectureTest {
  private static final JavaClasses SHIPPED = QmsArchitectureRules.shippedClasses("se.qms");

  @Test
  void importsTheShippedClasses_andNoTestClasses() {
    assertTrue(SHIPPED.contain(RiskEvaluator.class));
    assertTrue(SHIPPED.contain(se.qms.risk.internal.Require.class));
    assertFalse(SHIPPED.contain(RiskGenerators.class));
  }

  @TestFactory
  Stream<DynamicTest> sharedRules() {
    return QmsArchitectureRules.check(SHIPPED);
  }
}
