package se.qms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {
  @Test
  void outOfRange_namesFieldRangeAndValue() {
    InvalidValueException e =
        InvalidValueException.outOfRange(QmsErrorCode.VALUE_OUT_OF_RANGE, "level", 11, 1, 10);
    assertEquals("QMS-1002: level must be in [1, 10], was 11", e.getMessage());
    assertEquals("level", e.field().orElseThrow());
    assertEquals("11", e.rejectedValue().orElseThrow());
  }

  @Test
  void malformed_quotesAndEscapesTheValue() {
    InvalidValueException e =
        InvalidValueException.malformed(QmsErrorCode.VALUE_MALFORMED, "x", "a\"b\n", "digits");
    assertEquals("\"a\\\"b\\u000a\"", e.rejectedValue().orElseThrow());
  }

  @Test
  void render_cutsLongValues() {
    String huge = "x".repeat(10_000);
    InvalidValueException e =
        InvalidValueException.malformed(QmsErrorCode.VALUE_MALFORMED, "x", huge, "short");
    assertTrue(e.getMessage().length() < 300, () -> "length " + e.getMessage().length());
    assertTrue(e.getMessage().contains("(10000 characters)"));
  }

  @Test
  void missingValue_fromAttributeName_namesTheField() {
    MissingValueException e = new MissingValueException("title");
    assertEquals(QmsErrorCode.VALUE_MISSING, e.code());
    assertEquals("title", e.field().orElseThrow());
  }
}
