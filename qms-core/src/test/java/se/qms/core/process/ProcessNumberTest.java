package se.qms.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.qms.core.InvalidValueException;
import se.qms.core.MissingValueException;
import se.qms.core.QmsErrorCode;

class ProcessNumberTest {
  @Test
  void parse_seedNumber_hasSegmentsParentAndDepth() {
    ProcessNumber n = ProcessNumber.parse("2.1.2.3.5");
    assertEquals(5, n.depth());
    assertEquals(2, n.segment(0));
    assertEquals(5, n.last());
    assertEquals(Optional.of(ProcessNumber.parse("2.1.2.3")), n.parent());
    assertEquals("2.1.2.3.5", n.toString());
    assertEquals(Optional.empty(), ProcessNumber.parse("2").parent());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", ".", "2.", ".2", "2..1", "2.0", "02.1", "2.1a", "-1", "2,1", " 2.1", "2.100000",
        "1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1"})
  void parse_malformed_throwsCodedError(String text) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> ProcessNumber.parse(text));
    assertEquals(QmsErrorCode.PROCESS_NUMBER_MALFORMED, e.code());
    assertEquals("processNumber", e.field().orElseThrow());
  }

  @Test
  void parse_null_throwsMissingValue() {
    assertThrows(MissingValueException.class, () -> ProcessNumber.parse(null));
  }

  @Test
  void parse_boundaries() {
    assertEquals(99_999, ProcessNumber.parse("99999").last());
    assertEquals(16, ProcessNumber.parse("1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1").depth());
  }

  @Test
  void of_segmentZero_throws() {
    assertThrows(InvalidValueException.class, () -> ProcessNumber.of(2, 0));
    assertThrows(InvalidValueException.class, () -> ProcessNumber.of());
  }

  @Test
  void ordering_isDepthFirst_andNumericPerSegment() {
    List<ProcessNumber> expected = new ArrayList<>();
    for (String s : new String[] {"2.1", "2.1.1", "2.1.1.2", "2.1.1.10", "2.1.2", "2.2", "2.10"}) {
      expected.add(ProcessNumber.parse(s));
    }
    List<ProcessNumber> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new java.util.Random(7));
    Collections.sort(shuffled);
    assertEquals(expected, shuffled);
  }

  @Test
  void ancestry() {
    ProcessNumber area = ProcessNumber.parse("2.1.1.4");
    assertTrue(area.isAncestorOf(ProcessNumber.parse("2.1.1.4.2")));
    assertFalse(area.isAncestorOf(area));
    assertFalse(area.isAncestorOf(ProcessNumber.parse("2.1.1.40")));
    assertTrue(area.isWithin(area));
    assertEquals(ProcessNumber.parse("2.1.1.4.3"), area.child(3));
  }
}
