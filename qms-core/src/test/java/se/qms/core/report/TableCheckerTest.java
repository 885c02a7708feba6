package se.qms.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.qms.core.InvalidValueException;
import se.qms.core.MissingValueException;
import se.qms.core.QmsErrorCode;

class TableCheckerTest {
  static List<String> named(List<TableIssue> issues) {
    return issues.stream()
        .map(i -> i.row() + " / " + i.column() + ": " + i.printed() + " -> " + i.expected().orElse("?"))
        .collect(Collectors.toList());
  }

  /** One row: {@code count} of {@code total}, printed as {@code share}. */
  private static List<TableIssue> share(long count, long total, String share) {
    return TableChecker.check(
        PublishedTable.builder("t")
            .columns("Antal", "Andel")
            .row("a", Long.toString(count), share)
            .relation(TableRelation.shares("Antal", "Andel", total))
            .build());
  }

  /** A text cell may quote a finding's message: up to 2 000 characters, not more. */
  @Test
  void aCell_holdsUpTo2000Characters() {
    String longest = "x".repeat(2_000);
    assertEquals(
        longest,
        PublishedTable.builder("t").columns("Behov").row("a", longest).build().cell("a", "Behov"));
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> PublishedTable.builder("t").columns("Behov").row("a", longest + "x").build());
    assertEquals(QmsErrorCode.VALUE_TOO_LONG, e.code());
  }

  @Nested
  class Rounding {
    @ParameterizedTest(name = "{0} of {1} printed {2}: consistent {3}")
    @CsvSource(
      delimiter = '|',
      value = {
      // an exact tie: 1 of 8 is 12,5 %; half up gives 13, half even 12 — both accepted
      "1|8|13 %|true",
      "1|8|12 %|true",
      "1|8|12,5 %|true",
      "1|8|14 %|false",
      "1|8|11 %|false",
      // an exact tie at one decimal: 1 of 16 is 6,25 %; 6,2 and 6,3 both accepted
      "1|16|6,3 %|true",
      "1|16|6,2 %|true",
      "1|16|6,1 %|false",
      // just inside and just outside half a unit: 1249 of 10000 is 12,49 %, 1251 is 12,51 %
      "1249|10000|12 %|true",
      "1249|10000|13 %|false",
      "1251|10000|13 %|true",
      "1251|10000|12 %|false",
      // 8 of 501 is 1,597 %: 1,6 % with one decimal, 2 % with none
      "8|501|1,6 %|true",
      "8|501|2 %|true",
      "8|501|1,60 %|true",
      "8|501|1,8 %|false",
      "0|501|0 %|true",
      "501|501|100 %|true",
      "501|501|100,0 %|true"
    })
    void shareRoundsWithinHalfAUnit_tiesEitherWay(long count, long total, String printed, boolean ok) {
      assertEquals(ok, share(count, total, printed).isEmpty());
    }

    @Test
    void expectedValue_isRoundedHalfUp_atThePrintedPrecision() {
      assertEquals("13 %", share(1, 8, "15 %").get(0).expected().orElseThrow());
      assertEquals("6,3 %", share(1, 16, "6,5 %").get(0).expected().orElseThrow());
      assertEquals("1,60 %", share(8, 501, "1,80 %").get(0).expected().orElseThrow());
      // printed without a per-cent sign: the expected value is written alike
      assertEquals("1,6", share(8, 501, "1,8").get(0).expected().orElseThrow());
    }

    @Test
    void sameTies_forAChange() {
      PublishedTable table =
          PublishedTable.builder("t")
              .columns("2015", "2016", "Förändring")
              .row("x", "8", "9", "12 %") // +12,5 %
              .row("y", "8", "9", "13 %")
              .row("z", "8", "9", "+14 %")
              .relation(TableRelation.change("2015", "2016", "Förändring"))
              .build();
      assertEquals(List.of("z / Förändring: +14 % -> +13 %"), named(TableChecker.check(table)));
    }
  }

  @Nested
  class Relations {
    @Test
    void change_85to108_is27PerCent_andNames30() {
      PublishedTable table =
          PublishedTable.builder("Lex Sarah-rapporteringar")
              .columns("2015", "2016", "Förändring")
              .row("Totalt", "85", "108", "+27 %")
              .row("Osn", "56", "81", "+30 %")
              .row("Humn", "29", "27", "\u22127 %")
              .relation(TableRelation.change("2015", "2016", "Förändring"))
              .build();
      List<TableIssue> issues = TableChecker.check(table);
      assertEquals(List.of("Osn / Förändring: +30 % -> +45 %"), named(issues));
      assertEquals(TableIssue.Kind.CHANGE, issues.get(0).kind());
      assertEquals(
          "Förändringen på rad \"Osn\", kolumn \"Förändring\" är tryckt som +30 %, men från 56 till"
              + " 81 är den +45 %.",
          issues.get(0).messageSv());
    }

    @Test
    void rowTotals_andColumnTotals_nameTheTotalCell() {
      PublishedTable table =
          PublishedTable.builder("t")
              .columns("A", "B", "Totalt")
              .row("r1", "1", "2", "3")
              .row("r2", "1 000", "2", "1 003")
              .row("Summa", "1 001", "5", "1 006")
              .relation(TableRelation.rowTotals(List.of("A", "B"), "Totalt"))
              .relation(TableRelation.columnTotals(List.of("r1", "r2"), "Summa"))
              .build();
      List<TableIssue> issues = TableChecker.check(table);
      assertEquals(List.of("r2 / Totalt: 1 003 -> 1 002", "Summa / B: 5 -> 4"), named(issues));
      assertEquals(TableIssue.Kind.TOTAL, issues.get(1).kind());
      assertEquals(
          "The total in row \"Summa\", column \"B\" is printed as 5, but its parts 2 + 2 add up to"
              + " 4.",
          issues.get(1).messageEn());
    }

    @Test
    void shares_overATotalRow_includeTheTotalRowsOwn100() {
      PublishedTable table =
          PublishedTable.builder("t")
              .columns("Antal", "Andel")
              .row("a", "1", "25 %")
              .row("b", "3", "75 %")
              .row("Totalt", "4", "99 %")
              .relation(TableRelation.shares("Antal", "Andel", "Totalt"))
              .build();
      assertEquals(List.of("Totalt / Andel: 99 % -> 100 %"), named(TableChecker.check(table)));
    }

    @ParameterizedTest(name = "33 % + 33 % + 33 % printed as {0}: consistent {1}")
    @CsvSource({"100 %, true", "101 %, true", "97 %, true", "102 %, false", "96 %, false"})
    void sumOfShares_allowsHalfAUnitPerPrintedPerCent(String total, boolean ok) {
      PublishedTable table =
          PublishedTable.builder("t")
              .columns("Andel")
              .row("a", "33 %")
              .row("b", "33 %")
              .row("c", "33 %")
              .row("Totalt", total)
              .relation(TableRelation.columnTotals(List.of("a", "b", "c"), "Totalt"))
              .build();
      List<TableIssue> issues = TableChecker.check(table);
      assertEquals(ok, issues.isEmpty());
      if (!ok) {
        assertEquals("99 %", issues.get(0).expected().orElseThrow());
      }
    }

    @Test
    void sumOfPlainNumbers_isExact() {
      PublishedTable table =
          PublishedTable.builder("t")
              .columns("Belopp")
              .row("a", "76,96")
              .row("b", "0,04")
              .row("Summa", "77,01")
              .relation(TableRelation.columnTotals(List.of("a", "b"), "Summa"))
              .build();
      assertEquals(List.of("Summa / Belopp: 77,01 -> 77,00"), named(TableChecker.check(table)));
      assertEquals(List.of(), TableChecker.check(table.withCell("Summa", "Belopp", "77")));
    }

    @Test
    void blankCells_areNotChecked_blankPartsCountAsNothing() {
      PublishedTable table =
          PublishedTable.builder("t")
              .columns("A", "B", "Totalt")
              .row("r1", "", "2", "2")
              .row("r2", "1", "-", "")
              .row("r3", "", "", "")
              .relation(TableRelation.rowTotals(List.of("A", "B"), "Totalt"))
              .build();
      assertEquals(List.of(), TableChecker.check(table));
      assertEquals(
          List.of("r1 / Totalt: 3 -> 2"),
          named(TableChecker.check(table.withCell("r1", "Totalt", "3"))));
    }

    @Test
    void aCellThatIsNotANumber_isAnIssueOfItsOwn_reportedOnce() {
      PublishedTable table =
          PublishedTable.builder("t")
              .columns("A", "B", "Totalt")
              .row("r1", "ca 1", "2", "3")
              .row("Summa", "1", "2", "3")
              .relation(TableRelation.rowTotals(List.of("A", "B"), "Totalt"))
              .relation(TableRelation.columnTotals(List.of("r1"), "Summa"))
              .build();
      List<TableIssue> issues = TableChecker.check(table);
      assertEquals(List.of("r1 / A: ca 1 -> ?"), named(issues));
      assertEquals(TableIssue.Kind.NOT_A_NUMBER, issues.get(0).kind());
      assertEquals(
          "The cell in row \"r1\", column \"A\" (\"ca 1\") is not a number.",
          issues.get(0).messageEn());
    }
  }

  @Nested
  class Declarations {
    private PublishedTable.Builder table() {
      return PublishedTable.builder("t").columns("Antal", "Andel").row("a", "1", "100 %");
    }

    @Test
    void unknownColumn_throws2301() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () -> table().relation(TableRelation.shares("Antal", "Procent", 1)).build());
      assertEquals(QmsErrorCode.TABLE_LABEL_UNKNOWN, e.code());
      assertTrue(e.getMessage().startsWith("QMS-2301: "), e.getMessage());
      assertTrue(e.getMessage().contains("\"Procent\""), e.getMessage());
    }

    @Test
    void unknownRow_throws2301() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () -> table().relation(TableRelation.shares("Antal", "Andel", "Totalt")).build());
      assertEquals(QmsErrorCode.TABLE_LABEL_UNKNOWN, e.code());
      assertEquals(
          QmsErrorCode.TABLE_LABEL_UNKNOWN,
          assertThrows(InvalidValueException.class, () -> table().build().cell("b", "Antal"))
              .code());
    }

    @Test
    void relationOverBlankCells_throws2302() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () ->
                  PublishedTable.builder("t")
                      .columns("A", "B", "C")
                      .row("a", "", " ", "1")
                      .row("b", "", "", "2")
                      .relation(TableRelation.rowTotals(List.of("A"), "B"))
                      .build());
      assertEquals(QmsErrorCode.TABLE_RELATION_BLANK, e.code());
    }

    @Test
    void repeatedLabelsOrWrongWidth_throw2303() {
      assertEquals(
          QmsErrorCode.TABLE_SHAPE_INVALID,
          assertThrows(InvalidValueException.class, () -> table().row("a", "2", "3 %").build())
              .code());
      assertEquals(
          QmsErrorCode.TABLE_SHAPE_INVALID,
          assertThrows(
                  InvalidValueException.class,
                  () -> PublishedTable.builder("t").columns("A", "A").build())
              .code());
      assertEquals(
          QmsErrorCode.TABLE_SHAPE_INVALID,
          assertThrows(InvalidValueException.class, () -> table().row("b", "1")).code());
    }

    @Test
    void selfContradictoryRelation_throws2304() {
      assertEquals(
          QmsErrorCode.TABLE_RELATION_INVALID,
          assertThrows(
                  InvalidValueException.class,
                  () -> TableRelation.columnTotals(List.of("a", "Totalt"), "Totalt"))
              .code());
      assertEquals(
          QmsErrorCode.TABLE_RELATION_INVALID,
          assertThrows(InvalidValueException.class, () -> TableRelation.rowTotals(List.of(), "T"))
              .code());
      assertEquals(
          QmsErrorCode.TABLE_RELATION_INVALID,
          assertThrows(InvalidValueException.class, () -> TableRelation.shares("A", "A", 5))
              .code());
      assertEquals(
          QmsErrorCode.TABLE_RELATION_INVALID,
          assertThrows(InvalidValueException.class, () -> TableRelation.shares("A", "B", 0))
              .code());
      assertEquals(
          QmsErrorCode.TABLE_RELATION_INVALID,
          assertThrows(InvalidValueException.class, () -> TableRelation.change("A", "B", "A"))
              .code());
    }

    @Test
    void nullsAndBlanks_areRejected() {
      assertThrows(MissingValueException.class, () -> table().row("b", "1", null));
      assertEquals(
          QmsErrorCode.VALUE_BLANK,
          assertThrows(InvalidValueException.class, () -> PublishedTable.builder(" ")).code());
      assertThrows(MissingValueException.class, () -> TableChecker.check(null));
    }
  }
}
