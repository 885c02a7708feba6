package se.qms.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.qms.core.QmsErrorCode;
import se.qms.testing.QmsArchitectureRules;

/**
 * The JSON boundary: no type handling driven by the input, no class names in documents, no network
 * access from reading. Only the Kolada client reaches the network, and only under its base URL
 * (KoladaClientTest, against a local server).
 */
class JsonBoundarySecurityTest {
  private static final JavaClasses SHIPPED = QmsArchitectureRules.shippedClasses("se.qms");

  /** The Kolada client and the two helpers it fetches with: the only network code. */
  private static final String NETWORK = "se\\.qms\\.json\\.kolada\\.(KoladaClient|BaseUrl|BoundedBody)(\\$.*)?";

  static final ArchRule READING_OPENS_NO_NETWORK_CONNECTION =
      noClasses()
          .that()
          .haveNameNotMatching(NETWORK)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.net..", "javax.net..", "jdk.net..")
          .because("reading a document must never reach the network; only KoladaClient fetches");

  static final ArchRule NO_POLYMORPHIC_TYPE_HANDLING =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("tools.jackson.databind.jsontype..")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("com.fasterxml.jackson.annotation.JsonTypeInfo")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("com.fasterxml.jackson.annotation.JsonSubTypes")
          .because("a document must never choose the Java type it is read into");

  static final ArchRule NO_CLASS_LOADED_BY_NAME =
      noClasses()
          .should()
          .callMethod(Class.class, "forName", String.class)
          .orShould()
          .callMethod(Class.class, "forName", String.class, boolean.class, ClassLoader.class)
          .orShould()
          .callMethod(ClassLoader.class, "loadClass", String.class)
          .because("no name read from a document may become a class");

  @Test
  void readingOpensNoNetworkConnection() {
    assertTrue(SHIPPED.contain(se.qms.json.kolada.KoladaClient.class));
    READING_OPENS_NO_NETWORK_CONNECTION.check(SHIPPED);
  }

  @Test
  void noPolymorphicTypeHandling() {
    NO_POLYMORPHIC_TYPE_HANDLING.check(SHIPPED);
  }

  @Test
  void noClassLoadedByName() {
    NO_CLASS_LOADED_BY_NAME.check(SHIPPED);
  }

  /** The rules above catch what they are meant to: the client itself depends on java.net. */
  @Test
  void theNetworkRule_wouldCatchTheClient() {
    ArchRule unrestricted =
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net..");
    assertThrows(AssertionError.class, () -> unrestricted.check(SHIPPED));
  }

  @Test
  void typePropertiesInADocument_areUnknownProperties_neverTypes() {
    String base = new String(MalformedCorpus.QS, StandardCharsets.UTF_8);
    byte[] doc =
        base.replaceFirst("\\{", "{\"@class\" : \"java.net.URL\", \"@type\" : \"java.lang.Runtime\",")
            .getBytes(StandardCharsets.UTF_8);
    QmsDocumentException e = assertThrows(QmsDocumentException.class, () -> QmsJson.strict().readQualitySystem(doc));
    assertEquals(
        List.of("/@class", "/@type"),
        e.errors().stream().map(DocumentError::pointer).sorted().toList());
    e.errors().forEach(err -> assertEquals(QmsErrorCode.JSON_UNKNOWN_PROPERTY, err.code()));
    // lenient reading ignores them, and still builds nothing from them
    assertEquals(
        QmsJson.strict().readQualitySystem(MalformedCorpus.QS),
        QmsJson.with(ReadOptions.strict().lenient()).readQualitySystem(doc));
  }

  @Test
  void writtenDocuments_nameNoJavaClass() {
    for (byte[] doc : List.of(MalformedCorpus.QS, MalformedCorpus.RS)) {
      String written =
          new String(
              doc == MalformedCorpus.QS
                  ? QmsJson.strict().write(QmsJson.strict().readQualitySystem(doc))
                  : QmsJson.strict().write(QmsJson.strict().readRuleSet(doc)),
              StandardCharsets.UTF_8);
      assertTrue(!written.contains("@class") && !written.contains("se.qms.") && !written.contains("java."), written);
    }
  }
}
