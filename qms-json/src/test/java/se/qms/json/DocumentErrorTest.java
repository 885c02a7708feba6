package se.qms.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.qms.core.QmsErrorCode;

class DocumentErrorTest {
  @Test
  void personnummer_isWithheldFromValueAndMessages() {
    DocumentError e =
        new DocumentError(
            "/units/0/id",
            QmsErrorCode.VALUE_MALFORMED,
            "fel: 19121212-1212",
            "id 19121212-1212 is malformed",
            "19121212-1212");
    assertEquals("(withheld)", e.rejectedValue().orElseThrow());
    assertFalse(e.messageEn().contains("1212"));
    assertFalse(e.messageSv().contains("1212"));
    assertFalse(e.toString().contains("1212"));
  }

  @Test
  void longValues_areCut() {
    DocumentError e =
        new DocumentError("", QmsErrorCode.VALUE_TOO_LONG, "s", "e", "x".repeat(1000));
    assertTrue(e.rejectedValue().orElseThrow().length() < 120);
  }
}
