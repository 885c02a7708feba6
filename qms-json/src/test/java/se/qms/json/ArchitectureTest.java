package se.qms.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.qms.testing.QmsArchitectureRules;

/** The shared architecture rules, applied to qms-json and the modules below it. */
class ArchitectureTest {
  private static final JavaClasses SHIPPED = QmsArchitectureRules.shippedClasses("se.qms");

  @Test
  void importsTheShippedClasses() {
    assertTrue(SHIPPED.contain(QmsJson.class));
  }

  @TestFactory
  Stream<DynamicTest> sharedRules() {
    return QmsArchitectureRules.check(SHIPPED);
  }
}
