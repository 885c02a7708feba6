package se.qms.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrintedNumberTest {
  @ParameterizedTest(name = "\"{0}\" is {1} with {2} decimals, per cent {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "13 %|13|0|true",
        "1,8%|1.8|1|true",
        "76,96 %|76.96|2|true",
        "501|501|0|false",
        "+27 %|27|0|true",
        "-52 %|-52|0|true",
        "\u221252 %|-52|0|true",
        "1 204|1204|0|false",
        "1\u00A0204|1204|0|false",
        "1\u2009204 567|1204567|0|false",
        "1\u202F204|1204|0|false",
        "12\u00A0%|12|0|true",
        "' 0,0 % '|0.0|1|true",
        "-|0|0|false",
        "\u2013|0|0|false",
        "0|0|0|false",
        "1234|1234|0|false"
      })
  void parse_swedishForms(String text, String value, int decimals, boolean percent) {
    PrintedNumber n = PrintedNumber.parse(text).orElseThrow();
    assertEquals(0, new BigDecimal(value).compareTo(n.value()), text);
    assertEquals(decimals, n.decimals(), text);
    assertEquals(percent, n.percent(), text);
  }

  @ParameterizedTest(name = "\"{0}\" is not a number")
  @ValueSource(
      strings = {
        "ca 12",
        "1.8 %",
        "1,",
        ",5",
        "12 34",
        "1234 567",
        "1 2345",
        "%",
        "+",
        "--5",
        "5 -",
        "1,8,0",
        "1, 8",
        "12%%",
        "x"
      })
  void parse_malformed_isEmpty(String text) {
    assertTrue(PrintedNumber.parse(text).isEmpty(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u00A0", "\u2009 \t"})
  void isBlank_whiteSpaceOfAnyKind(String text) {
    assertTrue(PrintedNumber.isBlank(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-", "0", " x "})
  void isBlank_anyMark_isNotBlank(String text) {
    assertFalse(PrintedNumber.isBlank(text));
  }

  @ParameterizedTest
  @CsvSource({"+27 %,true", "27 %,false", "-27 %,false"})
  void plusSigned_onlyForAnExplicitPlus(String text, boolean plus) {
    assertEquals(plus, PrintedNumber.parse(text).orElseThrow().plusSigned());
  }
}
