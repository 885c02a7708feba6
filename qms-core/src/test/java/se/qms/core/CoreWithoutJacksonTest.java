package se.qms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.qms.core.process.ProcessCategory;
import se.qms.core.process.ProcessMap;
import se.qms.core.process.ProcessNode;
import se.qms.core.process.ProcessNodeKind;
import se.qms.core.process.ProcessNumber;

/**
 * qms-core's test class path is its run-time class path plus test libraries: neither Jackson nor
 * Bean Validation is on it, and the model works.
 */
class CoreWithoutJacksonTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "tools.jackson.databind.ObjectMapper",
        "com.fasterxml.jackson.databind.ObjectMapper",
        "com.fasterxml.jackson.annotation.JsonProperty",
        "jakarta.validation.Validator",
        "org.hibernate.validator.HibernateValidator"
      })
  void classPath_lacks(String className) {
    assertThrows(ClassNotFoundException.class, () -> Class.forName(className));
  }

  @Test
  void model_buildsAndAnswersQueries_withoutThem() {
    ProcessMap map =
        ProcessMap.of(
            List.of(
                ProcessNode.category(ProcessNumber.parse("2.1"), ProcessCategory.LEDNING, "Ledning"),
                ProcessNode.of(ProcessNumber.parse("2.1.1"), ProcessNodeKind.AREA, "Område"),
                ProcessNode.of(ProcessNumber.parse("2.1.1.1"), ProcessNodeKind.PROCESS, "P")));
    assertEquals(1, map.processesWithoutOwner().size());
  }
}
