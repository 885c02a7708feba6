package se.qms.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.qms.core.InvalidValueException;
import se.qms.core.MissingValueException;
import se.qms.core.QmsErrorCode;

class PersonRefTest {
  @ParameterizedTest
  @ValueSource(
      strings = {"19121212-1212", "121212-1212", "1212121212", "191212121212", "121212+1212", "x 121212-1212 y"})
  void of_idShapedLikePersonnummer_throwsWithoutRepeatingIt(String id) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> PersonRef.of(id, "Anna"));
    assertEquals(QmsErrorCode.PERSONAL_IDENTITY_NUMBER_REJECTED, e.code());
    assertFalse(e.getMessage().contains(id.trim()));
  }

  @Test
  void of_displayNameShapedLikePersonnummer_throws() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> PersonRef.of("p-7", "19121212-1212"));
    assertEquals("displayName", e.field().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"p-1", "enhetschef-17", "12345", "2016-03-01"})
  void of_pseudonymousIds_areAccepted(String id) {
    assertEquals(id, PersonRef.of(id, "Enhetschef").id());
  }

  @Test
  void of_blankOrNull_throwsCoded() {
    assertEquals(
        QmsErrorCode.VALUE_BLANK,
        assertThrows(InvalidValueException.class, () -> PersonRef.of(" ", "A")).code());
    assertEquals(
        QmsErrorCode.VALUE_MISSING,
        assertThrows(MissingValueException.class, () -> PersonRef.of(null, "A")).code());
  }

  @Test
  void toString_showsOnlyThePseudonymousId() {
    assertEquals("PersonRef{p-1}", PersonRef.of("p-1", "Anna Andersson").toString());
  }
}
