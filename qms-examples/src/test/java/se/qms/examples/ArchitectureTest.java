package se.qms.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.lang.ArchRule;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.qms.core.process.ProcessMap;
import se.qms.testing.QmsArchitectureRules;

/** The shared architecture rules over the classes of all four modules together. */
class ArchitectureTest {
  private static final JavaClasses SHIPPED = QmsArchitectureRules.shippedClasses("se.qms");

  /** Drools is a benchmark dependency: only the comparison in the bench package may see it. */
  static final ArchRule DROOLS_STAYS_IN_THE_BENCHMARK_PACKAGE =
      noClasses()
          .that()
          .resideOutsideOfPackage("se.qms.examples.bench..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.drools..", "org.kie..")
          .because("Drools 10 is only the side-by-side comparison of DroolsBenchmark");

  @Test
  void droolsStaysInTheBenchmarkPackage() {
    DROOLS_STAYS_IN_THE_BENCHMARK_PACKAGE.check(SHIPPED);
    assertTrue(SHIPPED.stream().anyMatch(c -> c.getName().equals("se.qms.examples.bench.DroolsBenchmark")));
  }

  @Test
  void importsTheClassesOfEveryModule() {
    assertTrue(SHIPPED.contain(ProcessMap.class));
    assertTrue(SHIPPED.contain(Qms.class));
    assertTrue(SHIPPED.stream().noneMatch(c -> c.getPackageName().startsWith("se.qms.testing")));
  }

  @TestFactory
  Stream<DynamicTest> sharedRules() {
    return QmsArchitectureRules.check(SHIPPED);
  }
}
