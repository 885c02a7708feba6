package se.qms.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.MissingValueException;
import se.qms.core.QmsErrorCode;

class FindingTest {
  private static Finding.Builder valid() {
    return Finding.builder()
        .severity(FindingSeverity.ERROR)
        .messageSv("Kritisk risk saknar åtgärd")
        .messageEn("Critical risk has no action")
        .basis("SOSFS 2011:9 5 kap. 7 §")
        .subject("risks/R1");
  }

  @Test
  void build_valid() {
    assertEquals("risks/R1", valid().ruleId("risk.critical-without-action").build().subject());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Risk.Critical", "risk..x", "risk.", "-risk", "risk x"})
  void ruleId_malformed_isRejected(String id) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> valid().ruleId(id).build());
    assertEquals(QmsErrorCode.VALUE_MALFORMED, e.code());
  }

  @Test
  void missingAttribute_isRejectedWithCode() {
    assertEquals(
        QmsErrorCode.VALUE_MISSING,
        assertThrows(MissingValueException.class, () -> Finding.builder().ruleId("x").build())
            .code());
  }
}
