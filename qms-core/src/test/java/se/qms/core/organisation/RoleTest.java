package se.qms.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

class RoleTest {
  @Test
  void parse_standardCodes_returnTheConstants() {
    for (Role r : Role.standardRoles()) {
      assertSame(r, Role.parse(r.toString()));
    }
    assertEquals(11, Role.standardRoles().size());
  }

  @Test
  void parse_custom_keepsTheName() {
    Role r = Role.parse("custom:förvaltningens ledningsgrupp");
    assertTrue(r.isCustom());
    assertEquals("förvaltningens ledningsgrupp", r.swedish());
    assertEquals(Role.custom("förvaltningens ledningsgrupp"), r);
  }

  @Test
  void parse_unknownCode_throwsMalformed() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Role.parse("CHEF"));
    assertEquals(QmsErrorCode.VALUE_MALFORMED, e.code());
    assertEquals("role", e.field().orElseThrow());
  }

  @Test
  void qualityFunctions_areMarked() {
    assertTrue(Role.SOCIALT_ANSVARIG_SAMORDNARE.isQualityFunction());
    assertTrue(Role.MEDICINSKT_ANSVARIG_SJUKSKOTERSKA.isQualityFunction());
    assertFalse(Role.ENHETSCHEF.isQualityFunction());
  }

  @Test
  void parseOfToString_isIdentity_forCustomRoles() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 40))
        .assuming(s -> !s.isBlank())
        .check(s -> Role.parse(Role.custom(s).toString()).equals(Role.custom(s)));
  }
}
