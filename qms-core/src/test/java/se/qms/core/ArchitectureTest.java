package se.qms.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.qms.core.fixture.ReadsTheClock;
import se.qms.core.process.ProcessMap;
import se.qms.testing.QmsArchitectureRules;

/** The shared architecture rules, applied to the classes qms-core ships. */
class ArchitectureTest {
  private static final JavaClasses SHIPPED = QmsArchitectureRules.shippedClasses("se.qms");

  @Test
  void importsTheShippedClasses_andNoTestClasses() {
    assertTrue(SHIPPED.contain(ProcessMap.class));
    assertFalse(SHIPPED.contain(ReadsTheClock.class));
  }

  @TestFactory
  Stream<DynamicTest> sharedRules() {
    return QmsArchitectureRules.check(SHIPPED);
  }
}
