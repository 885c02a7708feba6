package se.qms.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.qms.core.QmsErrorCode;

class MessagesTest {
  @ParameterizedTest
  @EnumSource(QmsErrorCode.class)
  void everyCode_hasASwedishDescription(QmsErrorCode code) {
    assertTrue(Messages.hasSwedish(code), code.id() + " lacks a Swedish description");
    assertTrue(Messages.swedish(code).endsWith("."), code.id());
  }
}
