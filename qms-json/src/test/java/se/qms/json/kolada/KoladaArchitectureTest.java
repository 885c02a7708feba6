package se.qms.json.kolada;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.qms.testing.QmsArchitectureRules;

/** The shared architecture rules, applied to the Kolada importer's shipped classes. */
class KoladaArchitectureTest {
  private static final JavaClasses SHIPPED =
      QmsArchitectureRules.shippedClasses("se.qms.json.kolada");

  @Test
  void importsTheShippedClasses_andNoTestClasses() {
    assertTrue(SHIPPED.contain(KoladaReader.class));
    assertTrue(!SHIPPED.contain(KoladaTestServer.class));
  }

  @TestFactory
  Stream<DynamicTest> sharedRules() {
    return QmsArchitectureRules.check(SHIPPED);
  }

  @Test
  void onlyTheApiTypesArePublic() {
    classes()
        .that()
        .arePublic()
        .and()
        .areTopLevelClasses()
        .should()
        .haveSimpleNameStartingWith("Kolada")
        .check(SHIPPED);
    assertTrue(
        SHIPPED.stream()
            .filter(
                c ->
                    c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
            .filter(c -> c.isTopLevelClass())
            .map(c -> c.getSimpleName())
            .allMatch(
                n ->
                    Stream.of(
                            "KoladaClient",
                            "KoladaConfig",
                            "KoladaImport",
                            "KoladaNote",
                            "KoladaReader")
                        .anyMatch(n::equals)),
        "public types beyond the documented API");
  }
}
