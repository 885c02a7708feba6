package se.qms.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
