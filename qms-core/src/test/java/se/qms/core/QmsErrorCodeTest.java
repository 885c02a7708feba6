package se.qms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class QmsErrorCodeTest {
  @Test
  void ids_areUnique() {
    Set<String> ids = new HashSet<>();
    for (QmsErrorCode code : QmsErrorCode.values()) {
      assertTrue(ids.add(code.id()), () -> "duplicate id " + code.id());
    }
  }

  @ParameterizedTest
  @EnumSource(QmsErrorCode.class)
  void everyCode_hasIdOfFixedFormAndADescription(QmsErrorCode code) {
    assertTrue(code.id().matches("QMS-\\d{4}"), code.id());
    assertFalse(code.description().isBlank());
    assertTrue(code.description().endsWith("."), code.description());
  }

  @Test
  void exceptionMessage_startsWithTheId() {
    QmsException e = new QmsException(QmsErrorCode.CLI_USAGE, "unknown command x");
    assertEquals("QMS-9001: unknown command x", e.getMessage());
    assertEquals(QmsErrorCode.CLI_USAGE, e.code());
  }
}
